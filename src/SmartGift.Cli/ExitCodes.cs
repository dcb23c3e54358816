
namespace SmartGift.Cli;

/// <summary>The process exit codes, in one place so help, docs and code agree.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was done (or was already done).</summary>
    public const int Success = 0;
    /// <summary>Some records failed or are unknown, or a reconciliation needs attention.</summary>
    public const int RecordsNeedAttention = 1;
    /// <summary>Bad arguments, an unreadable file, an invalid base URL.</summary>
    public const int UsageError = 2;
    /// <summary>No API key, or the service refused it (401).</summary>
    public const int AuthenticationFailed = 3;
    /// <summary>The service could not be reached on any attempt.</summary>
    public const int ServiceUnreachable = 4;
    /// <summary>Stopped by Ctrl+C (SIGINT) after the requests in flight finished.</summary>
    public const int Cancelled = 130;

    public const string HelpText =
        "Exit codes:\n" +
        "  0    all done\n" +
        "  1    some records failed or are unknown, or the reconciliation needs attention\n" +
        "  2    usage error: bad arguments, unreadable file, invalid base URL\n" +
        "  3    authentication failed: no API key, or the service answered 401\n" +
        "  4    could not reach the service\n" +
        "  130  stopped by Ctrl+C after the requests in flight (the journal stays consistent)";

    /// <summary>The exit code for a call that failed outright.</summary>
    public static int ForError(SmartGiftErrorKind kind) => kind switch
    {
        SmartGiftErrorKind.Unauthenticated => AuthenticationFailed,
        SmartGiftErrorKind.Network => ServiceUnreachable,
        _ => RecordsNeedAttention,
    };
}

namespace SmartGift.Cli;

/// <summary>The process exit codes, in one place so help, docs and code agree (HelpText says what each means).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int RecordsNeedAttention = 1;
    public const int UsageError = 2;
    public const int AuthenticationFailed = 3;
    public const int ServiceUnreachable = 4;
    public const int Cancelled = 130;

    public const string HelpText =
        "Exit codes:\n" +
        "  0    all done\n" +
        "  1    some records failed or are unknown, or the reconciliation needs attention\n" +
        "  2    usage error: bad arguments, unreadable file, invalid base URL\n" +
        "  3    authentication failed: no API key, or the service answered 401\n" +
        "  4    could not reach the service\n" +
        "  130  stopped by Ctrl+C after the requests in flight (the journal stays consistent)";

    public static int ForError(SmartGiftErrorKind kind) => kind switch
    {
        SmartGiftErrorKind.Unauthenticated => AuthenticationFailed,
        SmartGiftErrorKind.Network => ServiceUnreachable,
        _ => RecordsNeedAttention,
    };
}

namespace SmartGift.Cli;

/// <summary>A failure that ends the command with a message for the operator and a known exit code.</summary>
internal sealed class CliException : Exception
{
    public CliException(int exitCode, string message) : base(message)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }

    public static CliException Usage(string message) => new CliException(ExitCodes.UsageError, message);
}

namespace SmartGift.Cli;

/// <summary>A failure that ends the command with a message for the operator and a known exit code.</summary>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public static CliException Usage(string message) => new CliException(ExitCodes.UsageError, message);
}

namespace SmartGift.Cli;

/// <summary>SMARTGIFT_API_KEY or --api-key-stdin; never an argument: argv is visible to every user of the machine.</summary>
internal static class ApiKeySource
{
    public const string Prompt = "Smart Gift API key (not shown): ";

    /// <param name="terminal">Used instead of stdin when standard input is a terminal (default: the console).</param>
    public static ApiKey Read(bool fromStdin, TextReader stdin, IKeyPrompt? terminal = null)
    {
        terminal ??= ConsoleKeyPrompt.Instance;
        if (fromStdin)
        {
            var atTerminal = terminal.IsTerminal;
            var line = atTerminal ? terminal.ReadHidden(Prompt) : stdin.ReadLine();
            if (string.IsNullOrWhiteSpace(line))
                throw new CliException(ExitCodes.AuthenticationFailed, atTerminal
                    ? "No API key: --api-key-stdin was given but nothing was typed at the prompt."
                    : "No API key: --api-key-stdin was given but the first line of standard input is empty.");
            return Parse(line!, atTerminal ? "typed at the prompt" : "from standard input (--api-key-stdin)");
        }
        return Refused(ApiKey.FromEnvironment)
            ?? throw new CliException(ExitCodes.AuthenticationFailed,
                "No API key: set the " + ApiKey.EnvironmentVariable + " environment variable, or pipe the key in with --api-key-stdin.");
    }

    /// <summary>Checked where it enters: a bad key is exit 3, saying where it came from, never what it is.</summary>
    public static ApiKey Parse(string text, string origin) => Refused(() => ApiKey.FromString(text, origin))!;

    private static ApiKey? Refused(Func<ApiKey?> read)
    {
        try
        {
            return read();
        }
        catch (ArgumentException e)
        {
            throw new CliException(ExitCodes.AuthenticationFailed, e.Message);
        }
    }
}

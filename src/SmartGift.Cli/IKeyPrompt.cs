namespace SmartGift.Cli;

/// <summary>Where --api-key-stdin reads from when standard input is a person at a terminal.</summary>
internal interface IKeyPrompt
{
    /// <summary>Standard input is a terminal (not a pipe or a file).</summary>
    bool IsTerminal { get; }

    /// <summary>Shows the prompt and reads one line without echoing it; null at end of input.</summary>
    string? ReadHidden(string prompt);
}

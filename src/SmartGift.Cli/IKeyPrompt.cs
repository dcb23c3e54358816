namespace SmartGift.Cli;

/// <summary>Where --api-key-stdin reads from when standard input is a person at a terminal.</summary>
internal interface IKeyPrompt
{
    bool IsTerminal { get; }

    /// <summary>Shows the prompt and reads one line without echoing it; null at end of input.</summary>
    string? ReadHidden(string prompt);
}

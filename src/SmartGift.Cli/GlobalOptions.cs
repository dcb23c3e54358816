namespace SmartGift.Cli;

/// <summary>Options every command accepts (made Recursive as they are added). There is deliberately no --api-key: a key in argv leaks into shell history and process lists.</summary>
internal sealed class GlobalOptions
{
    /// <summary>Not defaulted here: unset means "the profile's, else production".</summary>
    public Option<string?> Environment { get; } = new Option<string?>("--environment")
    {
        Description = "Which Smart Gift service to use (default production; ignored when --base-url is given).",
    }.OneOf("production", "development");

    public Option<string?> BaseUrl { get; } = new Option<string?>("--base-url")
    {
        Description = "The service address (https, or http to a loopback address only), e.g. a local mock server.",
        HelpName = "URL",
    };

    public Option<string> Output { get; } = new Option<string>("--output", "-o")
    {
        Description = "Result format on standard output: table, json (one JSON document), jsonl (JSON Lines, one object per line as results arrive) or csv.",
        DefaultValueFactory = _ => "table",
    }.OneOf("table", "json", "jsonl", "csv");

    public Option<bool> ApiKeyStdin { get; } = new Option<bool>("--api-key-stdin")
    {
        Description = "Read the API key from the first line of standard input (otherwise the profile's key source, else SMARTGIFT_API_KEY).",
    };

    public Option<string?> Profile { get; } = new Option<string?>("--profile")
    {
        Description = "Use a saved profile (service, site, where the key comes from); default SMARTGIFT_PROFILE. See `smartgift profile`.",
        HelpName = "NAME",
    };

    public Option<string?> Company { get; } = new Option<string?>("--company")
    {
        Description = "The company's name for its ledger (keep it across a key rotation); default SMARTGIFT_COMPANY, else a fingerprint of the key.",
        HelpName = "NAME",
    };

    public Option<string?> Ledger { get; } = new Option<string?>("--ledger")
    {
        Description = "The ledger file itself, instead of the company's file in the data folder (SMARTGIFT_DATA_DIR).",
        HelpName = "PATH",
    };

    public Option<bool> Quiet { get; } = new Option<bool>("--quiet", "-q")
    {
        Description = "Only results and errors: no notes, summaries or progress.",
    };

    public Option<bool> Verbose { get; } = new Option<bool>("--verbose", "-v")
    {
        Description = "Say what is done on stderr, with timestamps, including every rate-limit wait.",
    };

    public Option<bool> Debug { get; } = new Option<bool>("--debug")
    {
        Description = "As --verbose, plus each HTTP exchange on stderr: method, path, status, time taken, rate-limit headers (the key masked).",
    };

    public void AddTo(Command root)
    {
        foreach (var option in new Option[] { Environment, BaseUrl, Output, ApiKeyStdin, Profile, Company, Ledger, Quiet, Verbose, Debug })
        {
            option.Recursive = true;
            root.Options.Add(option);
        }
    }
}

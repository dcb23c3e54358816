using System.CommandLine;

namespace SmartGift.Cli
{
    /// <summary>Options every command accepts (Recursive). There is deliberately no --api-key: a key in argv leaks into shell history and process lists.</summary>
    public sealed class GlobalOptions
    {
        public Option<string> Environment { get; } = new Option<string>("--environment")
        {
            Description = "Which Smart Gift service to use (ignored when --base-url is given).",
            DefaultValueFactory = _ => "production",
            Recursive = true,
        }.AcceptOnlyFromAmong("production", "development");

        public Option<string?> BaseUrl { get; } = new Option<string?>("--base-url")
        {
            Description = "The service address (https, or http to a loopback address only), e.g. a local mock server.",
            HelpName = "URL",
            Recursive = true,
        };

        public Option<string> Output { get; } = new Option<string>("--output", "-o")
        {
            Description = "Result format on standard output: table, json (JSON Lines: one object per line) or csv.",
            DefaultValueFactory = _ => "table",
            Recursive = true,
        }.AcceptOnlyFromAmong("table", "json", "csv");

        public Option<bool> ApiKeyStdin { get; } = new Option<bool>("--api-key-stdin")
        {
            Description = "Read the API key from the first line of standard input (otherwise SMARTGIFT_API_KEY is used).",
            Recursive = true,
        };

        public void AddTo(Command root)
        {
            root.Options.Add(Environment);
            root.Options.Add(BaseUrl);
            root.Options.Add(Output);
            root.Options.Add(ApiKeyStdin);
        }
    }
}

using SmartGift.MockServer;

namespace SmartGift.Cli;

/// <summary>Runs the simulator until Ctrl+C or SIGTERM, with every option of its own command line.</summary>
internal static class MockServerCommand
{
    public static Command Create(CommandAction action)
    {
        // Defaults as text: touching the simulator's types here would load ASP.NET Core at every start.
        var urls = new Option<string?>("--urls") { Description = "Where to listen (default http://127.0.0.1:5080; :0 picks a free port).", HelpName = "URL" };
        var seed = new Option<string?>("--seed") { Description = "A seed JSON file (default: SMARTGIFT_MOCK_SEED, else the built-in demo seed).", HelpName = "FILE" };
        var rateLimit = new Option<int?>("--rate-limit") { Description = "Requests per API key per window (default 60).", HelpName = "N" };
        var rateWindow = new Option<double?>("--rate-window") { Description = "Window length in seconds (default 60).", HelpName = "SECONDS" };
        rateLimit.Validators.Add(r => { if (r.GetValueOrDefault<int?>() <= 0) r.AddError("--rate-limit must be greater than 0."); });
        rateWindow.Validators.Add(r => { if (r.GetValueOrDefault<double?>() <= 0) r.AddError("--rate-window must be greater than 0."); });

        var command = new Command("mock-server", "Run the Smart Gift simulator locally, e.g. for --base-url http://127.0.0.1:5080. Test keys: sk_test_demo, sk_test_sister. --verbose logs its requests.")
        {
            urls, seed, rateLimit, rateWindow,
        }.WithExamples(
            "smartgift mock-server",
            "smartgift mock-server --urls http://127.0.0.1:0 --rate-limit 10 --rate-window 30",
            "smartgift mock-server --seed my-seed.json --verbose");
        return action.Runs(command, async (parse, context) =>
        {
            var options = MockServerCommandLine.Defaults();
            if (parse.GetValue(urls) is string url) options.Urls = url;
            if (parse.GetValue(seed) is string file) options.SeedPath = InputFile.RequireReadable(file);
            if (parse.GetValue(rateLimit) is int limit) options.RateLimit = limit;
            if (parse.GetValue(rateWindow) is double seconds) options.RateWindow = TimeSpan.FromSeconds(seconds);
            options.Quiet = !context.Verbose;

            var code = await MockServerHost.RunAsync(options, Console.Out, context.Cancellation).ConfigureAwait(false);
            return code switch
            {
                MockServerCommandLine.Stopped => ExitCodes.Success,
                MockServerCommandLine.UsageError => ExitCodes.UsageError,
                _ => ExitCodes.RecordsNeedAttention,
            };
        });
    }
}

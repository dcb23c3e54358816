using SmartGift.MockServer;

namespace SmartGift.Cli;

/// <summary>The demo's stage: a simulator in this process on a free loopback port, its test key, a work folder.</summary>
internal static class DemoCommand
{
    /// <summary>The simulator's seeded test key for "Demo Venue" (not a secret: it only opens the mock server).</summary>
    private const string DemoKey = "sk_test_demo";

    public static Command Create(CommandAction action)
    {
        var keep = new Option<bool>("--keep-files") { Description = "Keep the demo's CSV files and journals, and say where they are." };
        var report = new Option<string?>("--report") { Description = "Where to write the day's report (HTML). Default: smartgift-demo-report.html in the temporary folder.", HelpName = "FILE.html" };
        var command = new Command("demo", "A shop's day against a built-in mock server: last night's orders with a bad row, a rerun that sells nothing twice, a rate-limit wait, an order whose answer was lost (Unknown), the spa desk, an expired voucher, the morning check. No account needed.")
        {
            keep,
            report,
        }.WithExamples("smartgift demo", "smartgift demo --keep-files", "smartgift demo --report demo-report.html");
        return action.Runs(command, async (parse, context) =>
        {
            var workFolder = Path.Combine(Path.GetTempPath(), "smartgift-demo-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(workFolder);
            try
            {
                await using var host = await MockServerHost.StartAsync(new MockServerOptions { Urls = "http://127.0.0.1:0" }, context.Cancellation).ConfigureAwait(false);
                var key = ApiKey.FromString(DemoKey);
                context.Note("smartgift demo: a day at Demo Venue, a shop that sells gift vouchers through Smart Gift.");
                context.Note("Smart Gift is simulated inside this process (" + host.BaseAddress + ", test key " + key.Masked + "); nothing real is sold.");

                // The demo's company has its own ledger, in the demo's folder: nothing of the user's data folder is touched.
                var clientOptions = new SmartGiftClientOptions(host.BaseAddress, key) { OnRateLimitWait = context.Waits.Started, LedgerPath = Path.Combine(workFolder, "demo.ledger.db") };
                using var session = new SmartGiftSession(clientOptions, "demo", "1");
                using var script = new DemoScript(context, session, workFolder, DemoKey);
                var failed = await script.RunAsync().ConfigureAwait(false);

                // The page the person who looks the morning after gets (smartgift report): outside the demo's folder, so it stays.
                var page = ReconciliationReport.ForDay(clientOptions.LedgerPath!, DateTime.UtcNow.Date, DateTimeOffset.UtcNow);
                var written = page.Write(parse.GetValue(report) ?? Path.Combine(Path.GetTempPath(), "smartgift-demo-report.html"));
                context.Note("");
                context.Note("The day's report, what a person looks at the morning after (open it in a browser): " + written);

                context.Note("");
                if (failed.Count == 0)
                {
                    context.Note("Demo complete: everything behaved as expected.");
                    return ExitCodes.Success;
                }
                context.Note("Demo finished with " + failed.Count + " step(s) not as expected:");
                foreach (var what in failed) context.Note("  - " + what);
                return ExitCodes.RecordsNeedAttention;
            }
            finally
            {
                if (parse.GetValue(keep)) context.Note("The demo's files (CSV files, journals and the ledger) are in " + workFolder + ".");
                else Directory.Delete(workFolder, recursive: true);
            }
        });
    }
}

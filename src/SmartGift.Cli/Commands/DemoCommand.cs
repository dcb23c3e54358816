using System;
using System.CommandLine;
using System.IO;
using SmartGift.Cli.Demo;
using SmartGift.MockServer;

namespace SmartGift.Cli.Commands
{
    /// <summary>
    /// smartgift demo: the main job end to end against a simulator started in this process on a
    /// free loopback port, with the simulator's own test key. Exit 0 when everything behaved as expected.
    /// </summary>
    public static class DemoCommand
    {
        /// <summary>The simulator's seeded test key for "Demo Venue" (not a secret: it only opens the mock server).</summary>
        private const string DemoKey = "sk_test_demo";

        public static Command Create(CommandAction action)
        {
            var command = new Command("demo", "Run the main job against a built-in mock server: catalogue, an import with a bad row, a rerun that sends nothing twice, hold and redeem, experiences, a refusal, reconciliation. No account needed.");
            command.SetAction(action.For(async (parse, context) =>
            {
                var workFolder = Path.Combine(Path.GetTempPath(), "smartgift-demo-" + Guid.NewGuid().ToString("N").Substring(0, 8));
                Directory.CreateDirectory(workFolder);

                await using var host = await MockServerHost.StartAsync(new MockServerOptions { Urls = "http://127.0.0.1:0" }, context.Cancellation).ConfigureAwait(false);
                var key = ApiKey.FromString(DemoKey);
                context.Note("smartgift demo: a mock Smart Gift server is running in this process at " + host.BaseAddress + " (key " + key.Masked + ", \"Demo Venue\").");
                context.Note("Work folder (journal): " + workFolder);

                using var session = new SmartGiftSession(new SmartGiftClientOptions(host.BaseAddress, key), "demo", "1");
                using var probe = new MockServerProbe(host.BaseAddress);
                var failed = await new DemoScript(context, session, probe, workFolder).RunAsync().ConfigureAwait(false);

                context.Note("");
                if (failed.Count == 0)
                {
                    context.Note("Demo complete: everything behaved as expected.");
                    return ExitCodes.Success;
                }
                context.Note("Demo finished with " + failed.Count + " step(s) not as expected:");
                foreach (var what in failed) context.Note("  - " + what);
                return ExitCodes.RecordsNeedAttention;
            }));
            return command;
        }
    }
}

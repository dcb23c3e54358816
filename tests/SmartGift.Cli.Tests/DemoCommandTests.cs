using System.Threading.Tasks;

namespace SmartGift.Cli.Tests
{
    public sealed class DemoCommandTests
    {
        [Fact]
        public async Task The_demo_runs_the_main_job_and_exits_0()
        {
            // No key in the environment: the demo uses its own mock server and that server's test key.
            var run = await CliProcess.RunAsync(new[] { "demo" }, apiKey: null);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("Spa Day for Two", run.Stdout);
            Assert.Contains("The invalid row", run.Stdout);
            Assert.Contains("the rerun sent nothing", run.Stdout);
            Assert.Contains("hold_token_", run.Stdout);
            Assert.Contains("The voucher number provided has expired.", run.Stdout);
            Assert.Contains("Reconciliation:", run.Stdout);
            Assert.Contains("Demo complete", run.Stdout);
            Assert.DoesNotContain("NOT AS EXPECTED", run.Stdout);
            Assert.DoesNotContain("sk_test_demo", run.Stdout);
        }
    }
}

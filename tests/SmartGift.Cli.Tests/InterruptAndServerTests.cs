using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>Runs that the test talks to while they go: Ctrl+C during an import, and `smartgift mock-server`.</summary>
public sealed class InterruptAndServerTests : CliTestBase
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public InterruptAndServerTests(MockServerFixture server) : base(server) { }

    [Fact]
    public async Task Ctrl_C_stops_after_the_request_in_flight_prints_the_summary_and_the_journal_resumes()
    {
        // Slow answers, one at a time: there is always a request in flight to finish.
        await Control.AddFaultAsync(MockFault.Latency("POST", "/pos-sale", 1500));
        var csv = Files.WriteSales("interrupt.csv", Enumerable.Range(1, 12).Select(i => SampleCsv.SaleRow("I" + i)).ToArray());
        var journal = Files.Journal("interrupt.jsonl");

        CliRun run;
        using (var cli = RunningCli.Start(new[] { "sale", "import", csv, "--journal", journal, "--max-concurrency", "1", "--base-url", BaseUrl }, MockSeed.DemoKey))
        {
            await cli.WaitForLineAsync(l => l.StartsWith("Confirmed", StringComparison.Ordinal), Limit);
            cli.Interrupt();
            run = await cli.WaitForExitAsync(Limit);
        }

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.Contains("Stopped by Ctrl+C", run.Stdout);
        var sent = (await Control.GetOrdersAsync()).Count;
        Assert.InRange(sent, 1, 11);
        Assert.Contains("Orders: " + sent + " confirmed", run.Stdout);

        await Control.ClearFaultsAsync();
        var rerun = await Run("sale", "import", csv, "--journal", journal, "-o", "jsonl");

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        var orders = await Control.GetOrdersAsync();
        Assert.Equal(12, orders.Count);
        Assert.Equal(12, orders.Select(o => o.RequestedOrderId).Distinct().Count()); // nothing sent twice
        Assert.Equal(12 - sent, rerun.JsonLines().Count(r => r.GetProperty("status").GetString() == "Confirmed"));
    }

    [Fact]
    public async Task SIGTERM_stops_after_the_requests_in_flight_and_says_it_was_SIGTERM()
    {
        // Issue 21, finding 8: the summary said "Stopped by Ctrl+C" after a SIGTERM.
        if (OperatingSystem.IsWindows()) return;
        await Control.AddFaultAsync(MockFault.Latency("POST", "/pos-sale", 1500));
        var csv = Files.WriteSales("terminate.csv", Enumerable.Range(1, 12).Select(i => SampleCsv.SaleRow("T" + i)).ToArray());

        CliRun run;
        using (var cli = RunningCli.Start(new[] { "sale", "import", csv, "--journal", Files.Journal("terminate.jsonl"), "--max-concurrency", "2", "--base-url", BaseUrl }, MockSeed.DemoKey))
        {
            await cli.WaitForLineAsync(l => l.StartsWith("Confirmed", StringComparison.Ordinal), Limit);
            cli.Terminate();
            run = await cli.WaitForExitAsync(Limit);
        }

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.Contains("Stopped by SIGTERM", run.Stdout);
        Assert.DoesNotContain("Ctrl+C", run.Stdout);
        // The requests in the air finished and were recorded: every order the server made is confirmed, none Unknown.
        var sent = (await Control.GetOrdersAsync()).Count;
        Assert.Contains("Orders: " + sent + " confirmed, 0 failed, 0 unknown", run.Stdout);
    }

    [Fact]
    public async Task Mock_server_command_serves_the_api_until_ctrl_c()
    {
        CliRun run;
        using (var server = RunningCli.Start(new[] { "mock-server", "--urls", "http://127.0.0.1:0", "--rate-limit", "10", "--rate-window", "30" }, apiKey: null))
        {
            // Every option of the simulator's own command line is taken.
            await server.WaitForLineAsync(l => l.Contains("Rate limit: 10 requests per 30 s"), Limit);
            var listening = await server.WaitForLineAsync(l => l.Contains("listening on"), Limit);
            var url = Regex.Match(listening, @"http://127\.0\.0\.1:\d+/").Value;
            Assert.NotEmpty(url);

            var vouchers = await InProcessCli.RunAsync(new[] { "vouchers", "--base-url", url, "-o", "jsonl" }, MockSeed.DemoKey);
            Assert.True(vouchers.ExitCode == 0, vouchers.ToString());
            Assert.Contains(vouchers.JsonLines(), v => v.GetProperty("name").GetString() == "Spa Day for Two");

            server.Interrupt();
            run = await server.WaitForExitAsync(Limit);
        }
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public async Task Mock_server_command_stops_on_sigterm()
    {
        CliRun run;
        using (var server = RunningCli.Start(new[] { "mock-server", "--urls", "http://127.0.0.1:0" }, apiKey: null))
        {
            await server.WaitForLineAsync(l => l.Contains("listening on"), Limit);
            server.Terminate();
            run = await server.WaitForExitAsync(Limit);
        }
        Assert.True(run.ExitCode == 0, run.ToString());
    }
}

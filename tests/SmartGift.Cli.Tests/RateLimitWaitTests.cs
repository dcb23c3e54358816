using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>
/// A run that waits out a rate-limit window: a minute, since the client assumes Smart Gift's 60 s
/// window until a 429 says otherwise. A class of its own, which StartFirstOrderer starts before
/// every other, so that the minute passes while the others run.
/// </summary>
public sealed class RateLimitWaitTests : CliTestBase
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public RateLimitWaitTests(MockServerFixture server) : base(server) { }

    [Fact]
    public async Task Rate_limit_waits_are_logged_when_they_start_and_when_sending_resumes_and_stdout_stays_json()
    {
        // Two requests per 4 s window: the third order waits for the next window.
        await Control.SetRateLimitAsync(2, TimeSpan.FromSeconds(4));
        var csv = Files.WriteSales("paced.csv", SampleCsv.SaleRow("W1"), SampleCsv.SaleRow("W2"), SampleCsv.SaleRow("W3"));

        // No catalogue check: its two GETs would take this tiny window's budget and add a minute's wait.
        CliRun run;
        using (var cli = RunningCli.Start(new[] { "sale", "import", csv, "--journal", Files.Journal("paced.jsonl"), "--max-concurrency", "1", "--no-catalogue-check", "-o", "jsonl", "--base-url", BaseUrl }, MockSeed.DemoKey))
        {
            await cli.WaitForLineAsync(l => l.Contains("for the rate limit"), Limit);
            // Said as the wait starts: the third order has not been sent yet.
            Assert.InRange((await Control.GetOrdersAsync()).Count, 0, 2);
            run = await cli.WaitForExitAsync(Limit);
        }

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Stderr.Split('\n').ToList();
        var waiting = lines.FindIndex(l => Regex.IsMatch(l, @"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ waiting \d+ s for the rate limit"));
        var resumed = lines.FindIndex(l => Regex.IsMatch(l, @"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ rate-limit wait over: sending resumes$"));
        Assert.True(waiting >= 0 && resumed > waiting, run.ToString());
        Assert.Equal(lines.Count(l => l.Contains("for the rate limit")), lines.Count(l => l.EndsWith("sending resumes", StringComparison.Ordinal)));
        Assert.Equal(3, run.JsonLines().Count(r => r.GetProperty("status").GetString() == "Confirmed"));
        Assert.Equal(3, (await Control.GetOrdersAsync()).Count);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SmartGift.MockServer;
using SmartGift.Testing;

namespace SmartGift.Reliability.Tests;

/// <summary>
/// Killed while waiting for the rate limit (issue 10, finding 8; DESIGN 6): `sending` is written
/// only when a request leaves, so a kill during a wait leaves no record that looks sent and was
/// not, and the rerun reports no Unknown for it.
/// </summary>
public sealed class RateLimitWaitKillTests : FreshServerTest
{
    private const int Orders = 20;
    private const int Limit = 5;

    // Five sales a window: the sixth waits about half a minute, and the kill lands in that wait.
    public RateLimitWaitKillTests() : base("sg-waitkill-", new MockServerOptions { RateLimit = Limit, RateWindow = TimeSpan.FromSeconds(30) }) { }

    [Fact]
    public async Task Killed_during_a_rate_limit_wait_nothing_unsent_is_left_looking_sent()
    {
        var csv = SampleCsv.WriteOrders(Path.Combine(Folder, "sales.csv"), Orders, "wait-");
        var journal = Path.Combine(Folder, "sales.jsonl");
        var arguments = SaleImport(csv, journal, "--max-concurrency", "4");
        using (var process = await StartUntilRateLimitWaitAsync(arguments))
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var posted = (await Control.GetRequestsAsync()).Count(r => r.Method == "POST" && r.Path == "/pos-sale" && r.Status != 429);
        var sending = KeysWithEvent(journal, "sending");
        Assert.Equal(posted, sending.Count);

        // The rerun (a fresh window) sends the rest and reports nothing Unknown.
        await Control.SetRateLimitAsync(100_000, TimeSpan.FromSeconds(60));
        using (var rerun = CliProcess.Start(arguments))
        {
            await rerun.WaitForExitAsync();
            Assert.Equal(0, rerun.ExitCode);
        }
        var states = JournalFile.LastEvents(journal);
        Assert.Equal(Orders, states.Count(s => s.Value == "confirmed"));
        var stored = await Control.GetOrdersAsync();
        Assert.Equal(Orders, stored.Count);
        Assert.All(stored.GroupBy(o => o.RequestedOrderId), g => Assert.Single(g));
    }

    [Fact]
    public async Task Stopped_during_a_rate_limit_wait_sends_nothing_new_and_ends()
    {
        var csv = SampleCsv.WriteOrders(Path.Combine(Folder, "sales.csv"), Orders, "term-");
        var journal = Path.Combine(Folder, "term.jsonl");
        var arguments = SaleImport(csv, journal, "--max-concurrency", "4");
        using var process = await StartUntilRateLimitWaitAsync(arguments);
        using (var term = System.Diagnostics.Process.Start("kill", "-TERM " + process.Id)) await term.WaitForExitAsync();
        await process.WaitForExitAsync();

        Assert.Equal(130, process.ExitCode);
        // Nothing queued for the next window went out after the stop: the window's budget (less the
        // catalogue check's GETs) was all that was sent, each one journaled and confirmed.
        var requests = await Control.GetRequestsAsync();
        var posted = requests.Count(r => r.Method == "POST" && r.Path == "/pos-sale" && r.Status != 429);
        Assert.Equal(Limit - requests.Count(r => r.Method == "GET"), posted);
        Assert.Equal(posted, KeysWithEvent(journal, "sending").Count);
        Assert.Equal(posted, JournalFile.LastEvents(journal).Count(e => e.Value == "confirmed"));
    }

    /// <summary>Starts the import and returns once it says it waits for the rate limit (failing if it ends first).</summary>
    private static async Task<System.Diagnostics.Process> StartUntilRateLimitWaitAsync(string[] arguments)
    {
        var waiting = new TaskCompletionSource();
        var process = CliProcess.Start(arguments, onError: line => { if (line.Contains("rate limit", StringComparison.OrdinalIgnoreCase)) waiting.TrySetResult(); });
        var ended = process.WaitForExitAsync();
        Assert.NotSame(ended, await Task.WhenAny(waiting.Task, ended));
        return process;
    }

    private static HashSet<string> KeysWithEvent(string path, string name)
    {
        var keys = new HashSet<string>();
        foreach (var line in File.ReadAllLines(path))
        {
            try
            {
                using var doc = JsonDocument.Parse(line);
                if (doc.RootElement.TryGetProperty("event", out var e) && e.GetString() == name)
                    keys.Add(doc.RootElement.GetProperty("key").GetString()!);
            }
            catch (JsonException) { }
        }
        return keys;
    }
}

using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.MockServer;
using SmartGift.Testing;

namespace SmartGift.Reliability.Tests;

/// <summary>
/// The CLI import is killed (SIGKILL, whole process tree) at random moments, mid-commit
/// included, and resumed: whatever happens, no order reaches Smart Gift twice, and each order
/// is there exactly once unless the company's ledger says Unknown for it.
/// </summary>
public sealed class CrashAndResumeTests : FreshServerTest
{
    private const int Orders = 60;
    private const int Kills = 20;

    public CrashAndResumeTests() : base("sg-crash-", new MockServerOptions { RateLimit = 100_000 }) { }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // Slow answers, so that kills land while requests are in flight.
        await Control.AddFaultAsync(MockFault.Latency("POST", "/pos-sale", 120));
    }

    [Fact]
    public async Task Killed_twenty_times_and_resumed_no_order_is_sold_twice()
    {
        var csv = SampleCsv.WriteOrders(Path.Combine(Folder, "sales.csv"), Orders, "crash-");
        var journal = Path.Combine(Folder, "sales.jsonl");
        var arguments = SaleImport(csv, journal);
        var random = new Random(20261122);
        var kills = 0;

        for (var attempt = 0; attempt < Kills; attempt++)
        {
            var target = JournalFile.CountLines(journal) + random.Next(1, 6);
            using var process = CliProcess.Start(arguments);
            // Watch the journal grow: kill once it has the chosen number of lines.
            while (!process.HasExited && JournalFile.CountLines(journal) < target)
                await Task.WhenAny(process.WaitForExitAsync(), Task.Delay(5));
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                kills++;
            }
            await process.WaitForExitAsync();
        }

        // A last run without kills settles the rest (Unknown records stay Unknown: no --retry-unknown).
        using (var last = CliProcess.Start(arguments))
        {
            await last.WaitForExitAsync();
            Assert.InRange(last.ExitCode, 0, 1);
        }

        Assert.True(kills >= Kills / 2, $"only {kills} runs were killed mid-import");
        var stored = await Control.GetOrdersAsync();
        var perOrder = stored.GroupBy(o => o.RequestedOrderId).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(perOrder, pair => Assert.True(pair.Value == 1, $"order {pair.Key} was created {pair.Value} times"));

        // The ledger is the truth (the journal is its readable copy, a kill may land between the two).
        var listing = await CliProcess.RunAsync(new[] { "journal", "list", "--all", "-o", "jsonl", "--base-url", Host.BaseAddress.ToString() }, MockSeed.DemoKey);
        var states = listing.JsonLines().ToDictionary(r => r.GetProperty("key").GetString()!, r => r.GetProperty("state").GetString());
        for (var i = 1; i <= Orders; i++)
        {
            var id = "crash-" + i;
            states.TryGetValue(id, out var state);
            perOrder.TryGetValue(id, out var count);
            if (state == "Unknown") Assert.InRange(count, 0, 1);
            else
            {
                Assert.True(state == "Confirmed", id + " is " + (state ?? "not in the ledger") + "\n" + listing);
                Assert.Equal(1, count);
            }
        }
    }
}

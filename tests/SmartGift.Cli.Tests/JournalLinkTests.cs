using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>
/// Issue 10, finding 4: two imports through two paths to one journal file (a symlink, a hard
/// link) sold twice. The lock belongs to the file: the second run is refused and sends nothing.
/// </summary>
public sealed class JournalLinkTests : CliTestBase
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public JournalLinkTests(MockServerFixture server) : base(server) { }

    [Fact]
    public async Task A_second_import_through_a_symlink_or_a_hard_link_is_refused_while_the_first_runs()
    {
        // The first run holds its journal for 11 s or more after its first sale (twelve sales a second
        // apart), and the second runs are processes: an in-process run waits its turn behind other
        // tests' runs, and once (CI, a changed class order) only started after the first had ended.
        await Control.AddFaultAsync(MockFault.Latency("POST", "/pos-sale", 1000));
        var csv = Files.WriteSales("linked.csv", Enumerable.Range(1, 12).Select(i => SampleCsv.SaleRow("L" + i)).ToArray());
        var journal = Files.Journal("linked.jsonl");
        var symlink = Files.Journal("symlink.jsonl");
        var hardLink = Files.Journal("hardlink.jsonl");

        CliRun first;
        using (var cli = RunningCli.Start(new[] { "sale", "import", csv, "--journal", journal, "--max-concurrency", "1", "--base-url", BaseUrl }, MockSeed.DemoKey))
        {
            await cli.WaitForLineAsync(l => l.StartsWith("Confirmed", StringComparison.Ordinal), Limit);
            File.CreateSymbolicLink(symlink, journal);
            using (var ln = System.Diagnostics.Process.Start("ln", new[] { journal, hardLink })) await ln.WaitForExitAsync();
            Assert.True(File.Exists(hardLink), "no hard link was made");

            foreach (var other in new[] { symlink, hardLink })
            {
                var second = await CliProcess.RunAsync(new[] { "sale", "import", csv, "--journal", other, "-o", "jsonl", "--base-url", BaseUrl }, MockSeed.DemoKey);
                Assert.True(second.ExitCode != 0, second.ToString());
                Assert.Contains("in use by another import", second.Stderr + second.Stdout);
            }
            first = await cli.WaitForExitAsync(Limit);
        }

        Assert.True(first.ExitCode == 0, first.ToString());
        var orders = await Control.GetOrdersAsync();
        Assert.Equal(12, orders.Count);
        Assert.Equal(12, orders.Select(o => o.RequestedOrderId).Distinct().Count());
    }
}

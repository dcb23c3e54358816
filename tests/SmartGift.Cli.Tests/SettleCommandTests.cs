using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>
/// Issue 10, findings 11 and 12: Unknowns are settled one by one (found: never sent; absent:
/// sent by the next run), and a lost answer to a single redeem gives advice that can be followed.
/// </summary>
public sealed class SettleCommandTests : CliTestBase
{
    public SettleCommandTests(MockServerFixture server) : base(server) { }

    [Fact]
    public async Task Unknowns_are_settled_one_by_one_found_is_never_sent_absent_is_sent_the_rest_stay_unknown()
    {
        // Three answers lost after the server made the order: three Unknowns, all in Smart Gift.
        await Control.AddFaultAsync(MockFault.DropAfter("POST", "/pos-sale", count: 3));
        var csv = Files.WriteSales("settle.csv", Enumerable.Range(1, 6).Select(i => SampleCsv.SaleRow("U" + i)).ToArray());
        var journal = Files.Journal("settle.jsonl");
        var first = await Run("sale", "import", csv, "--journal", journal, "--max-concurrency", "1", "-o", "jsonl");
        Assert.True(first.ExitCode == 1, first.ToString());
        var unknown = first.JsonLines().Where(r => r.GetProperty("status").GetString() == "Unknown").Select(r => r.GetProperty("order_id").GetString()!).ToList();
        Assert.Equal(3, unknown.Count);
        // Three unanswered in a row look like an outage: the rest waits for the next run (NotSent).
        var notSent = first.JsonLines().Count(r => r.GetProperty("status").GetString() == "NotSent");
        Assert.Contains("smartgift journal settle", first.Stdout);

        var list = await Run("journal", "list", journal, "-o", "jsonl");
        Assert.True(list.ExitCode == 1, list.ToString());
        Assert.Equal(unknown, list.JsonLines().Select(r => r.GetProperty("key").GetString()));

        // The operator finds the first in the dashboard, deletes the second there (so it is absent), leaves the third.
        var found = await Run("journal", "settle", journal, unknown[0], "--found", "-o", "jsonl");
        Assert.True(found.ExitCode == 0, found.ToString());
        Assert.Equal("Confirmed", Assert.Single(found.JsonLines()).GetProperty("state").GetString());
        Assert.True((await Run("journal", "settle", journal, unknown[1], "--absent")).ExitCode == 0);
        var ordersBefore = (await Control.GetOrdersAsync()).Count;

        var rerun = await Run("sale", "import", csv, "--journal", journal, "-o", "jsonl");

        var byId = rerun.JsonLines().ToDictionary(r => r.GetProperty("order_id").GetString()!, r => r.GetProperty("status").GetString());
        Assert.Equal("Skipped", byId[unknown[0]]);
        Assert.Equal("Confirmed", byId[unknown[1]]);
        Assert.Equal("Unknown", byId[unknown[2]]);
        Assert.Equal(ordersBefore + 1 + notSent, (await Control.GetOrdersAsync()).Count);
        Assert.Contains("\"decision\":\"found\"", System.IO.File.ReadAllText(journal));
    }

    [Fact]
    public async Task Retry_unknown_without_a_choice_says_how_many_it_releases()
    {
        await Control.AddFaultAsync(MockFault.DropAfter("POST", "/pos-sale", count: 2));
        var csv = Files.WriteSales("release.csv", SampleCsv.SaleRow("RU1"), SampleCsv.SaleRow("RU2"));
        var journal = Files.Journal("release.jsonl");
        await Run("sale", "import", csv, "--journal", journal, "--max-concurrency", "1");

        var rerun = await Run("sale", "import", csv, "--journal", journal, "--retry-unknown");

        Assert.Contains("releasing 2 Unknown records", rerun.Stderr);
    }

    [Fact]
    public async Task A_lost_answer_to_a_single_redeem_advises_the_dashboard_not_an_option_redeem_lacks()
    {
        await Control.AddFaultAsync(MockFault.DropAfter("POST", "/redeem", count: 1));

        var run = await Run("redeem", "DEMO000001", "--value", "1.00", "--site", "1", "-o", "jsonl");

        Assert.True(run.ExitCode == 1, run.ToString());
        var detail = Assert.Single(run.JsonLines()).GetProperty("detail").GetString()!;
        Assert.DoesNotContain("retry-unknown", run.Stdout + run.Stderr);
        Assert.Contains("dashboard", detail);
    }
}

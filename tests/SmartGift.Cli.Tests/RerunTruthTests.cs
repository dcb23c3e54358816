using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>
/// Issue 10, findings 5, 6 and 9: a rerun with the same journal tells the truth about a changed
/// file (a Conflict, exit 1), is not fooled by a file re-saved with other number formats, and
/// keeps reporting an order Smart Gift refused until it is fixed.
/// </summary>
public sealed class RerunTruthTests : CliTestBase
{
    public RerunTruthTests(MockServerFixture server) : base(server) { }

    private static string Customer(string row, string name) => row.Replace(",Jo,Bloggs,", "," + name + ",Bloggs,");

    [Fact]
    public async Task A_changed_file_with_the_same_order_ids_is_a_conflict_exit_1_and_reconcile_lists_it()
    {
        var ids = new[] { "D1", "D2", "D3", "D4" };
        var day1 = Files.WriteSales("day1.csv", ids.Select(id => SampleCsv.SaleRow(id)).ToArray());
        var day2 = Files.WriteSales("day2.csv", ids.Select(id => Customer(SampleCsv.SaleRow(id), "Someone")).ToArray());
        var journal = Files.Journal("days.jsonl");
        Assert.Equal(0, (await Run("sale", "import", day1, "--journal", journal)).ExitCode);

        var rerun = await Run("sale", "import", day2, "--journal", journal, "-o", "jsonl");

        Assert.True(rerun.ExitCode == 1, rerun.ToString());
        Assert.All(rerun.JsonLines(), r => Assert.Equal("Conflict", r.GetProperty("status").GetString()));
        Assert.Contains("4 conflicts", rerun.Stdout + rerun.Stderr);
        Assert.Equal(4, (await Control.GetOrdersAsync()).Count);

        var reconcile = await Run("reconcile", day2, "--journal", journal, "-o", "jsonl");
        Assert.True(reconcile.ExitCode == 1, reconcile.ToString());
        Assert.All(reconcile.JsonLines(), r => Assert.Equal("Conflict", r.GetProperty("status").GetString()));
        Assert.Contains("first_name", reconcile.Stdout);
    }

    [Fact]
    public async Task A_sale_re_saved_with_150_for_150_00_is_the_same_order()
    {
        var journal = Files.Journal("resaved.jsonl");
        var original = Files.WriteSales("original.csv", SampleCsv.SaleRow("RS1"), SampleCsv.SaleRow("RS2", "271", "50.00", "50.50"));
        var resaved = Files.WriteSales("resaved.csv", SampleCsv.SaleRow("RS1", "270", "150", "150.5"), SampleCsv.SaleRow("RS2", "271", "50", "50.50"));
        Assert.Equal(0, (await Run("sale", "import", original, "--journal", journal)).ExitCode);

        var rerun = await Run("sale", "import", resaved, "--journal", journal, "-o", "jsonl");

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.All(rerun.JsonLines(), r => Assert.Equal("Skipped", r.GetProperty("status").GetString()));
        Assert.DoesNotContain("changed", rerun.Stdout);
        Assert.Equal(2, (await Control.GetOrdersAsync()).Count);
    }

    [Fact]
    public async Task A_redemption_re_saved_with_10_for_10_00_is_not_redeemed_again()
    {
        var journal = Files.Journal("redeem-resaved.jsonl");
        var original = Files.Write("redeem.csv", new[] { "voucher_no,site_id,value", "DEMO000001,1,10.00", "DEMO000001,1,10.00" });
        var resaved = Files.Write("redeem-resaved.csv", new[] { "voucher_no,site_id,value", "DEMO000001,1,10", "DEMO000001,1,10" });
        var before = (await Control.GetRedemptionsAsync()).Count;
        Assert.Equal(0, (await Run("redeem", "import", original, "--journal", journal)).ExitCode);

        var rerun = await Run("redeem", "import", resaved, "--journal", journal, "-o", "jsonl");

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.All(rerun.JsonLines(), r => Assert.Equal("Skipped", r.GetProperty("status").GetString()));
        Assert.Equal(before + 2, (await Control.GetRedemptionsAsync()).Count);
    }

    [Fact]
    public async Task An_order_refused_by_Smart_Gift_stays_failed_on_the_rerun_exit_1()
    {
        var journal = Files.Journal("refused.jsonl");
        var csv = Files.WriteSales("refused.csv", SampleCsv.SaleRow("RF1"), SampleCsv.SaleRow("RF2", "999999"));
        // Past the local catalogue check: this is about Smart Gift's own refusal (a 422).
        var first = await Run("sale", "import", csv, "--journal", journal, "--no-catalogue-check", "-o", "jsonl");
        Assert.True(first.ExitCode == 1, first.ToString());

        var rerun = await Run("sale", "import", csv, "--journal", journal, "--no-catalogue-check", "-o", "jsonl");

        Assert.True(rerun.ExitCode == 1, rerun.ToString());
        var refused = Assert.Single(rerun.JsonLines(), r => r.GetProperty("order_id").GetString() == "RF2");
        Assert.Equal("Failed", refused.GetProperty("status").GetString());
        Assert.Equal(2, await CountPostsAsync("/pos-sale")); // the rerun sent nothing: two POSTs in all, both from the first run
    }
}

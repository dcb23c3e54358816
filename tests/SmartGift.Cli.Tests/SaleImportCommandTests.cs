using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

public sealed class SaleImportCommandTests : CliTestBase
{
    public SaleImportCommandTests(MockServerFixture server) : base(server) { }

    [Fact]
    public async Task A_bad_row_is_reported_by_line_and_column_and_the_good_orders_are_confirmed()
    {
        var csv = Files.SalesWithBadRow("A");

        var run = await Run("sale", "import", csv, "--journal", Files.Journal(), "-o", "jsonl");

        Assert.True(run.ExitCode == 1, run.ToString());
        var results = run.JsonLines().ToDictionary(r => r.GetProperty("order_id").GetString()!);
        Assert.Equal("Confirmed", results["A1"].GetProperty("status").GetString());
        Assert.Equal("Confirmed", results["A2"].GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(results["A1"].GetProperty("smartgift_order_id").GetString()));
        Assert.Equal(150.50m, results["A1"].GetProperty("total").GetDecimal());

        var bad = results["A3"];
        Assert.Equal("Failed", bad.GetProperty("status").GetString());
        Assert.Equal("Validation", bad.GetProperty("error_kind").GetString());
        var problem = Assert.Single(bad.GetProperty("problems").EnumerateArray());
        Assert.Equal("line 4", problem.GetProperty("location").GetString());
        Assert.Equal("price", problem.GetProperty("field").GetString());

        var orders = await Control.GetOrdersAsync();
        Assert.Equal(new[] { "A1", "A2" }, orders.Select(o => o.RequestedOrderId).OrderBy(o => o).ToArray());
        Assert.Contains("2 confirmed, 1 failed", run.Stderr); // the summary goes to stderr so stdout stays JSON
    }

    [Fact]
    public async Task Table_output_streams_one_line_per_order_and_ends_with_the_summary()
    {
        var run = await Run("sale", "import", Files.SalesWithBadRow("T"), "--journal", Files.Journal());

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = run.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        Assert.Contains(lines, l => l.StartsWith("Confirmed", StringComparison.Ordinal) && l.Contains("order_id: T1"));
        Assert.Contains(lines, l => l.StartsWith("Failed", StringComparison.Ordinal) && l.Contains("order_id: T3") && l.Contains("line 4") && l.Contains("price"));
        Assert.StartsWith("Orders: 2 confirmed, 1 failed", lines.Last());
    }

    [Fact]
    public async Task Csv_output_has_a_header_and_a_row_per_order()
    {
        var run = await Run("sale", "import", Files.GoodSales("C"), "--journal", Files.Journal(), "-o", "csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = run.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(r => r.TrimEnd('\r')).ToList();
        Assert.Equal("status,order_id,smartgift_order_id,total,items,error_kind,error,problems,warnings,detail", rows[0]);
        Assert.Equal(3, rows.Count);
        Assert.StartsWith("Confirmed,C1,", rows[1]);
        Assert.Contains(",150.50,1,", rows[1]);
    }

    [Fact]
    public async Task A_rerun_with_the_same_journal_sends_nothing()
    {
        var csv = Files.GoodSales("R");
        var journal = Files.Journal();
        var first = await Run("sale", "import", csv, "--journal", journal, "-o", "jsonl");
        Assert.True(first.ExitCode == 0, first.ToString());
        var postsAfterFirst = await CountPostsAsync("/pos-sale");
        Assert.Equal(2, postsAfterFirst);

        var second = await Run("sale", "import", csv, "--journal", journal, "-o", "jsonl");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(postsAfterFirst, await CountPostsAsync("/pos-sale"));
        Assert.Equal(2, (await Control.GetOrdersAsync()).Count);
        Assert.Equal(2, second.JsonLines().Count);
        Assert.All(second.JsonLines(), r => Assert.NotEqual("Failed", r.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Dry_run_checks_everything_and_sends_nothing()
    {
        var journal = Files.Journal("dry.jsonl");
        var run = await Run("sale", "import", Files.GoodSales("D"), "--journal", journal, "--dry-run", "-o", "jsonl");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, run.JsonLines().Count);
        Assert.All(run.JsonLines(), r => Assert.Equal("Skipped", r.GetProperty("status").GetString()));
        Assert.Empty(await Control.GetOrdersAsync());
        Assert.Equal(0, await CountPostsAsync("/pos-sale"));
    }

    [Fact]
    public async Task Usage_errors_exit_2()
    {
        var missingFile = await Run("sale", "import", Path.Combine(Files.Folder, "nope.csv"), "--journal", Files.Journal());
        Assert.True(missingFile.ExitCode == 2, missingFile.ToString());
        Assert.Contains("nope.csv", missingFile.Stderr);

        var badCompany = await Run("sale", "import", Files.GoodSales("U"), "--company", "a/b");
        Assert.True(badCompany.ExitCode == 2, badCompany.ToString());
        Assert.Contains("company name", badCompany.Stderr);

        var badConcurrency = await Run("sale", "import", Files.GoodSales("V"), "--journal", Files.Journal(), "--max-concurrency", "0");
        Assert.True(badConcurrency.ExitCode == 2, badConcurrency.ToString());
        Assert.Equal(0, await CountPostsAsync("/pos-sale"));
    }

    [Fact]
    public async Task A_server_refusal_names_the_line_column_and_value_and_shows_every_error()
    {
        // Issue 10, finding 13: "The selected cart.items.0.id is invalid." with no line, and "(and 1 more error)".
        var csv = Files.WriteSales("refusal.csv", SampleCsv.SaleRow("RR1"), SampleCsv.SaleRow("RR2", "999999", "150.00", "300.50"), SampleCsv.SaleRow("RR2", "999998", "150.00", "300.50"));

        // Past the local catalogue check, so that Smart Gift itself refuses the unknown vouchers.
        var run = await Run("sale", "import", csv, "--journal", Files.Journal("refusal.jsonl"), "--no-catalogue-check", "-o", "jsonl");

        Assert.True(run.ExitCode == 1, run.ToString());
        var refused = Assert.Single(run.JsonLines(), r => r.GetProperty("order_id").GetString() == "RR2");
        var error = refused.GetProperty("error").GetString()!;
        Assert.Contains("line 3: voucher_id '999999'", error);
        Assert.Contains("line 4: voucher_id '999998'", error);
        Assert.DoesNotContain("more error", error);
    }

    [Fact]
    public async Task A_refused_item_is_reported_on_the_row_that_made_it_when_an_earlier_row_has_quantity_2()
    {
        // Issue 19, finding 3: items 0 and 1 come from line 2 (quantity 2), so the server's
        // cart.items.2.id is line 3's voucher, not line 4's.
        var csv = Files.WriteSales("quantity.csv",
            SampleCsv.SaleRow("QQ1", "270", "150.00", "500.50").Replace(",150.00,1,", ",150.00,2,"),
            SampleCsv.SaleRow("QQ1", "999999", "150.00", "500.50"),
            SampleCsv.SaleRow("QQ1", "271", "50.00", "500.50"));

        var run = await Run("sale", "import", csv, "--journal", Files.Journal("quantity.jsonl"), "--no-catalogue-check", "-o", "jsonl");

        Assert.True(run.ExitCode == 1, run.ToString());
        var error = Assert.Single(run.JsonLines()).GetProperty("error").GetString()!;
        Assert.Contains("line 3: voucher_id '999999' (cart.items.2.id)", error);
        Assert.DoesNotContain("line 4", error);
    }

    [Fact]
    public async Task Vouchers_and_payment_methods_the_catalogue_cannot_sell_are_refused_before_sending_and_a_far_price_is_a_warning()
    {
        // Issue 10, finding 13: an unknown or hidden voucher and an unknown payment method were sent;
        // a GBP 150 voucher sold for GBP 1.00 was flagged nowhere.
        var csv = Files.WriteSales("catalogue.csv",
            SampleCsv.SaleRow("CC1", "999999"),
            SampleCsv.SaleRow("CC2", "290"),
            SampleCsv.SaleRow("CC3").Replace(",11,150.50", ",99,150.50"),
            SampleCsv.SaleRow("CC4", "270", "1.00", "1.50"));

        var run = await Run("sale", "import", csv, "--journal", Files.Journal("catalogue.jsonl"), "-o", "jsonl");

        Assert.True(run.ExitCode == 1, run.ToString());
        var byId = run.JsonLines().ToDictionary(r => r.GetProperty("order_id").GetString()!);
        Assert.Contains("line 2: voucher_id '999999'", byId["CC1"].GetProperty("error").GetString());
        Assert.Contains("line 3: voucher_id '290'", byId["CC2"].GetProperty("error").GetString());
        Assert.Contains("line 4: payment_method_id '99'", byId["CC3"].GetProperty("error").GetString());
        Assert.Equal("Confirmed", byId["CC4"].GetProperty("status").GetString());
        Assert.Contains("far from the catalogue price 150.00", run.Stderr);
        Assert.Equal(1, await CountPostsAsync("/pos-sale"));
    }
}

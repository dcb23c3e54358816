using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

public sealed class ReconcileCommandTests : CliTestBase
{
    public ReconcileCommandTests(MockServerFixture server) : base(server) { }

    [Fact]
    public async Task A_settled_import_reconciles_with_exit_0()
    {
        var csv = Files.GoodSales("S");
        var journal = Files.Journal();
        var import = await Run("sale", "import", csv, "--journal", journal);
        Assert.True(import.ExitCode == 0, import.ToString());

        var run = await Run("reconcile", csv, "--journal", journal, "-o", "jsonl");

        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = run.JsonLines();
        Assert.Equal(new[] { "S1", "S2" }, rows.Select(r => r.GetProperty("order_id").GetString()).OrderBy(o => o).ToArray());
        Assert.All(rows, r => Assert.Equal("Confirmed", r.GetProperty("status").GetString()));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("smartgift_order_id").GetString())));
        Assert.Contains("2 confirmed", run.Stderr);
    }

    [Fact]
    public async Task Anything_not_sent_or_failed_needs_attention_exit_1()
    {
        var csv = Files.SalesWithBadRow("N");
        var journal = Files.Journal();
        await Run("sale", "import", csv, "--journal", journal);

        var run = await Run("reconcile", csv, "--journal", journal);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Matches(@"(Failed|NotSent)\s+N3", run.Stdout);
        Assert.Matches(@"Confirmed\s+N1", run.Stdout);
        Assert.Contains("needs attention", run.Stdout);
    }

    [Fact]
    public async Task A_journal_given_as_the_file_is_refused_in_one_line_that_says_where_it_goes()
    {
        // Found from outside: `reconcile run.jsonl` read the journal as CSV rows, a warning per JSON
        // field and thirteen missing columns per line, exit 1.
        var csv = Files.GoodSales("G");
        var journal = Files.Journal("given.jsonl");
        Assert.Equal(0, (await Run("sale", "import", csv, "--journal", journal)).ExitCode);

        foreach (var args in new[] { new[] { "reconcile", journal }, new[] { "sale", "import", journal } })
        {
            var run = await Run(args);
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("is a SmartGift journal, not a CSV file", run.Stderr);
            Assert.Contains("--journal", run.Stderr);
            Assert.DoesNotContain("missing from the header", run.Stdout + run.Stderr);
        }
        Assert.Equal(2, await CountPostsAsync("/pos-sale")); // the import's two sales, nothing from the journal
    }

    [Fact]
    public async Task Without_a_journal_everything_is_not_sent()
    {
        var run = await Run("reconcile", Files.GoodSales("J"), "--journal", Files.Journal("never-written.jsonl"), "-o", "csv");

        Assert.True(run.ExitCode == 1, run.ToString());
        var rows = run.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.StartsWith("NotSent,", r));
    }

    [Fact]
    public async Task Finding_1_a_redemptions_file_is_reconciled_as_redemptions_by_its_header()
    {
        // On main 72ab30c: "unknown column 'reference' ignored", every row Failed for sale columns, exit 1.
        var csv = Files.Write("redemptions.csv", new[] { "reference,voucher_no,site_id,value", "RR-1,DEMO000001,1,5", "RR-2,DEMO000001,1,5" });
        var import = await Run("redeem", "import", csv, "-o", "jsonl");
        Assert.True(import.ExitCode == 0, import.ToString());

        var run = await Run("reconcile", csv, "-o", "jsonl");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("unknown column", run.Stderr);
        var rows = run.JsonLines();
        Assert.Equal(new[] { "RR-1", "RR-2" }, rows.Select(r => r.GetProperty("reference").GetString()).ToArray());
        Assert.All(rows, r => Assert.Equal("Confirmed", r.GetProperty("status").GetString()));
        Assert.Equal("line 2", rows[0].GetProperty("line").GetString());
        Assert.Contains("2 confirmed", run.Stderr);
        Assert.Contains("redemptions", run.Stderr);
    }

    [Fact]
    public async Task Redemptions_never_sent_or_refused_need_attention_exit_1_with_the_imports_statuses()
    {
        var sent = Files.Write("sent.csv", new[] { "reference,voucher_no,site_id,value", "RN-1,DEMO000001,1,5" });
        Assert.Equal(0, (await Run("redeem", "import", sent)).ExitCode);
        var csv = Files.Write("later.csv", new[] { "reference,voucher_no,site_id,value", "RN-1,DEMO000001,1,5", "RN-2,DEMO000001,1,5", "RN-3,DEMO000001,1,abc" });

        var run = await Run("reconcile", csv, "--kind", "redemptions", "-o", "jsonl");

        Assert.True(run.ExitCode == 1, run.ToString());
        var status = run.JsonLines().ToDictionary(r => r.GetProperty("reference").GetString()!, r => r.GetProperty("status").GetString());
        Assert.Equal("Confirmed", status["RN-1"]);
        Assert.Equal("NotSent", status["RN-2"]);
        Assert.Equal("Failed", status["RN-3"]);
        Assert.Contains("needs attention", run.Stderr);
    }

    [Fact]
    public async Task Rows_without_a_reference_are_found_under_the_imports_journal()
    {
        var csv = Files.Write("rowkeys.csv", new[] { "voucher_no,site_id,value", "DEMO000001,1,5", "DEMO000001,1,5" });
        var journal = Files.Journal("rowkeys.jsonl");
        Assert.Equal(0, (await Run("redeem", "import", csv, "--journal", journal)).ExitCode);

        var run = await Run("reconcile", csv, "--journal", journal, "-o", "jsonl");

        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = run.JsonLines();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal("Confirmed", r.GetProperty("status").GetString()));
        Assert.All(rows, r => Assert.StartsWith("row:", r.GetProperty("reference").GetString()));
    }

    [Fact]
    public async Task A_contradicted_redemption_needs_attention_until_settled()
    {
        var csv = Files.Write("contradicted.csv", new[] { "reference,voucher_no,site_id,value", "RC-1,DEMO000006,1,5" });
        Assert.Equal(1, (await Run("redeem", "import", csv)).ExitCode);

        var before = await Run("reconcile", csv, "-o", "jsonl");
        Assert.Equal(0, (await Run("journal", "settle", "RC-1", "--found")).ExitCode);
        var after = await Run("reconcile", csv, "-o", "jsonl");

        Assert.True(before.ExitCode == 1, before.ToString());
        var row = Assert.Single(before.JsonLines());
        Assert.Equal("Confirmed", row.GetProperty("status").GetString());
        Assert.True(row.GetProperty("needs_attention").GetBoolean());
        Assert.Contains("contradicted", before.Stderr);
        Assert.True(after.ExitCode == 0, after.ToString());
    }
}

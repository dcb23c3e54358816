using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>
/// Issue 18: one ledger per company, consulted before every send whatever the journal, file or
/// date; one vocabulary in the import, the listing, settling and the reconciliation. Each test
/// reproduces a finding of the issue against the mock, through the real CLI process.
/// </summary>
public sealed class LedgerTests : CliTestBase
{
    public LedgerTests(MockServerFixture server) : base(server) { }

    [Fact]
    public async Task Finding_1_a_rerun_under_another_journal_name_or_none_sells_nothing_again()
    {
        var csv = Files.WriteSales("nightly.csv", SampleCsv.SaleRow("N1"), SampleCsv.SaleRow("N2"), SampleCsv.SaleRow("N3"));
        Assert.Equal(0, (await Run("sale", "import", csv, "--journal", Files.Journal("sales-2026-12-06.jsonl"))).ExitCode);

        var afterMidnight = await Run("sale", "import", csv, "--journal", Files.Journal("sales-2026-12-07.jsonl"), "-o", "jsonl");
        var noJournal = await Run("sale", "import", csv, "-o", "jsonl");

        foreach (var rerun in new[] { afterMidnight, noJournal })
        {
            Assert.True(rerun.ExitCode == 0, rerun.ToString());
            Assert.All(rerun.JsonLines(), r =>
            {
                Assert.Equal("Skipped", r.GetProperty("status").GetString());
                // When, and from which file.
                Assert.Contains("confirmed as", r.GetProperty("detail").GetString());
                Assert.Contains(Path.GetFullPath(csv), r.GetProperty("detail").GetString());
            });
        }
        Assert.Equal(3, (await Control.GetOrdersAsync()).Count);
    }

    [Fact]
    public async Task Finding_2_order_ids_re_saved_without_their_leading_zeros_are_a_conflict_naming_both()
    {
        var original = Files.WriteSales("zeros.csv", SampleCsv.SaleRow("00000001"), SampleCsv.SaleRow("00000002"), SampleCsv.SaleRow("00000003"));
        var resaved = Files.WriteSales("resaved.csv", SampleCsv.SaleRow("1"), SampleCsv.SaleRow("2"), SampleCsv.SaleRow("3"));
        var journal = Files.Journal("zeros.jsonl");
        Assert.Equal(0, (await Run("sale", "import", original, "--journal", journal)).ExitCode);

        var rerun = await Run("sale", "import", resaved, "--journal", journal, "-o", "jsonl");
        var reconcile = await Run("reconcile", resaved, "-o", "jsonl");

        Assert.True(rerun.ExitCode == 1, rerun.ToString());
        Assert.All(rerun.JsonLines(), r =>
        {
            Assert.Equal("Conflict", r.GetProperty("status").GetString());
            var id = r.GetProperty("order_id").GetString();
            Assert.Contains("'" + id + "' differs only by leading zeros or spaces from '0000000" + id + "'", r.GetProperty("detail").GetString());
        });
        Assert.Equal(3, (await Control.GetOrdersAsync()).Count);
        Assert.True(reconcile.ExitCode == 1, reconcile.ToString());
        Assert.All(reconcile.JsonLines(), r => Assert.Equal("Conflict", r.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Finding_3_two_imports_of_one_file_at_once_never_sell_an_order_twice()
    {
        // Slow answers keep both runs in flight together; each has its own journal (or none), as two operators would.
        await Control.AddFaultAsync(MockFault.Latency("POST", "/pos-sale", 300));
        var ids = Enumerable.Range(1, 12).Select(i => "C" + i).ToArray();
        var csv = Files.WriteSales("twice.csv", ids.Select(id => SampleCsv.SaleRow(id)).ToArray());

        var runs = await Task.WhenAll(
            Run("sale", "import", csv, "--journal", Files.Journal("one.jsonl"), "-o", "jsonl"),
            Run("sale", "import", csv, "-o", "jsonl"));

        var orders = await Control.GetOrdersAsync();
        Assert.Equal(ids.Length, orders.Count);
        var confirmed = runs.SelectMany(r => r.JsonLines()).Where(r => r.GetProperty("status").GetString() == "Confirmed")
            .Select(r => r.GetProperty("order_id").GetString()).ToList();
        Assert.Equal(ids.OrderBy(i => i), confirmed.OrderBy(i => i));
    }

    [Fact]
    public async Task Finding_4_a_row_refused_before_sending_is_failed_in_the_import_the_listing_and_the_reconciliation()
    {
        var csv = Files.WriteSales("bad-email.csv", SampleCsv.SaleRow("E1"), SampleCsv.SaleRow("E2").Replace("jo@example.com", "not-an-email"));

        var import = await Run("sale", "import", csv, "-o", "jsonl");
        var list = await Run("journal", "list", "-o", "jsonl");
        var reconcile = await Run("reconcile", csv, "-o", "jsonl");

        Assert.True(import.ExitCode == 1, import.ToString());
        Assert.Equal("Failed", import.JsonLines().Single(r => r.GetProperty("order_id").GetString() == "E2").GetProperty("status").GetString());
        Assert.True(list.ExitCode == 1, list.ToString());
        var listed = Assert.Single(list.JsonLines());
        Assert.Equal("E2", listed.GetProperty("key").GetString());
        Assert.Equal("Failed", listed.GetProperty("state").GetString());
        Assert.Equal("Failed", reconcile.JsonLines().Single(r => r.GetProperty("order_id").GetString() == "E2").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Finding_5_a_contradicted_redemption_still_needs_attention_on_the_rerun_and_in_the_listing()
    {
        var csv = Files.Write("contradiction.csv", new[] { "reference,voucher_no,site_id,value", "T-1,DEMO000006,1,5" });
        var first = await Run("redeem", "import", csv, "-o", "jsonl");
        Assert.True(first.ExitCode == 1, first.ToString());

        var rerun = await Run("redeem", "import", csv, "-o", "jsonl");
        var list = await Run("journal", "list", "-o", "jsonl");

        Assert.True(rerun.ExitCode == 1, rerun.ToString());
        Assert.True(Assert.Single(rerun.JsonLines()).GetProperty("needs_attention").GetBoolean());
        Assert.Equal("Contradicted", Assert.Single(rerun.JsonLines()).GetProperty("status").GetString());
        Assert.True(list.ExitCode == 1, list.ToString());
        Assert.Equal("T-1", Assert.Single(list.JsonLines()).GetProperty("key").GetString());
        Assert.Equal("Contradicted", Assert.Single(list.JsonLines()).GetProperty("state").GetString());

        var settle = await Run("journal", "settle", "T-1", "--found");
        Assert.True(settle.ExitCode == 0, settle.ToString());
        Assert.Equal(0, (await Run("journal", "list")).ExitCode);
    }

    [Fact]
    public async Task Finding_6_a_dropped_order_is_settled_everywhere_and_its_corrected_row_is_sold()
    {
        var refused = Files.WriteSales("drop.csv", SampleCsv.SaleRow("DR1", "999999"));
        Assert.Equal(1, (await Run("sale", "import", refused, "--no-catalogue-check")).ExitCode);
        Assert.Equal(0, (await Run("journal", "settle", "DR1", "--drop")).ExitCode);

        var reconcile = await Run("reconcile", refused, "-o", "jsonl");
        var rerunUnchanged = await Run("sale", "import", refused, "--no-catalogue-check", "-o", "jsonl");
        var corrected = Files.WriteSales("corrected.csv", SampleCsv.SaleRow("DR1"));
        var rerunCorrected = await Run("sale", "import", corrected, "-o", "jsonl");

        Assert.True(reconcile.ExitCode == 0, reconcile.ToString());
        Assert.Equal("Skipped", Assert.Single(reconcile.JsonLines()).GetProperty("status").GetString());
        Assert.True(rerunUnchanged.ExitCode == 0, rerunUnchanged.ToString());
        Assert.Equal("Skipped", Assert.Single(rerunUnchanged.JsonLines()).GetProperty("status").GetString());
        Assert.True(rerunCorrected.ExitCode == 0, rerunCorrected.ToString());
        Assert.Equal("Confirmed", Assert.Single(rerunCorrected.JsonLines()).GetProperty("status").GetString());
        Assert.Single(await Control.GetOrdersAsync());
    }

    [Fact]
    public async Task Finding_7_settle_checks_every_key_before_changing_any()
    {
        var csv = Files.WriteSales("settle.csv", SampleCsv.SaleRow("SA", "999999"), SampleCsv.SaleRow("SC", "999999"));
        Assert.Equal(1, (await Run("sale", "import", csv, "--no-catalogue-check")).ExitCode);

        var settle = await Run("journal", "settle", "SA", "NO-SUCH", "SC", "--drop");
        var list = await Run("journal", "list", "--all", "-o", "jsonl");

        Assert.NotEqual(0, settle.ExitCode);
        Assert.Contains("Nothing was settled", settle.Stderr);
        Assert.Contains("'NO-SUCH': no such record", settle.Stderr);
        Assert.All(list.JsonLines(), r => Assert.Equal("Failed", r.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task Finding_9_a_redemption_refused_for_a_hold_can_be_released_and_is_sent_again()
    {
        var hold = await Run("hold", "DEMO000001", "-o", "json");
        Assert.True(hold.ExitCode == 0, hold.ToString());
        var csv = Files.Write("held.csv", new[] { "reference,voucher_no,site_id,value", "H-1,DEMO000001,1,5.00" });
        var refused = await Run("redeem", "import", csv, "-o", "jsonl");
        Assert.True(refused.ExitCode == 1, refused.ToString());
        await Control.AdvanceClockAsync(TimeSpan.FromMinutes(6)); // the hold expires

        var release = await Run("journal", "settle", "H-1", "--release");
        var rerun = await Run("redeem", "import", csv, "-o", "jsonl");

        Assert.True(release.ExitCode == 0, release.ToString());
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal("Confirmed", Assert.Single(rerun.JsonLines()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_redemption_by_hand_is_its_own_write_every_time_and_rows_without_a_reference_need_a_journal()
    {
        var first = await Run("redeem", "DEMO000002", "--value", "1.00", "--site", "1", "-o", "jsonl");
        var second = await Run("redeem", "DEMO000002", "--value", "1.00", "--site", "1", "-o", "jsonl");
        var csv = Files.Write("no-reference.csv", new[] { "voucher_no,site_id,value", "DEMO000002,1,1.00" });
        var refused = await Run("redeem", "import", csv, "-o", "jsonl");

        foreach (var run in new[] { first, second })
        {
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal("Confirmed", Assert.Single(run.JsonLines()).GetProperty("status").GetString());
            Assert.DoesNotContain("Redemptions:", run.Stderr, StringComparison.Ordinal);
        }
        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("needs a journal", Assert.Single(refused.JsonLines()).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finding_12_a_torn_journal_line_is_a_warning_without_verbose()
    {
        var journal = Files.Journal("torn.jsonl");
        File.WriteAllText(journal, "{\"format\":\"smartgift-journal\",\"version\":1,\"kind\":\"sale\",\"created\":\"2026-12-01T00:00:00.000Z\"}\n{\"at\":\"2026-12-01T00:00:01.000Z\",\"ev");
        var csv = Files.WriteSales("torn.csv", SampleCsv.SaleRow("TORN1"));

        var run = await Run("sale", "import", csv, "--journal", journal);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("the last line is incomplete", run.Stderr);
    }

    [Fact]
    public async Task The_ledger_is_private_and_named_by_company_and_service_never_by_the_key()
    {
        var csv = Files.WriteSales("private.csv", SampleCsv.SaleRow("P1"));
        Assert.Equal(0, (await Run("sale", "import", csv)).ExitCode);

        var service = Server.BaseAddress.Host + "_" + Server.BaseAddress.Port;
        var ledger = Assert.Single(Directory.GetFiles(TestLedger.DataDirectory, "*." + service + ".ledger.db"));
        Assert.DoesNotContain(MockSeed.DemoKey, ledger, StringComparison.Ordinal);
        Assert.DoesNotContain(MockSeed.DemoKey, File.ReadAllText(ledger, System.Text.Encoding.Latin1), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(ledger));

        var named = await Run("sale", "import", csv, "--company", "north-shop", "-o", "jsonl");
        Assert.Equal("Confirmed", Assert.Single(named.JsonLines()).GetProperty("status").GetString());
        Assert.Single(Directory.GetFiles(TestLedger.DataDirectory, "north-shop." + service + ".ledger.db"));
        var bad = await Run("sale", "import", csv, "--company", "../x");
        Assert.True(bad.ExitCode == 2, bad.ToString());
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>
/// The report (issue 20): written by `smartgift reconcile --report` and `smartgift report`, parsed
/// as a browser parses it (AngleSharp): every record that needs a person is in its table with its
/// line and the command that settles it, the totals are the reconciliation's, hostile text is inert.
/// </summary>
public sealed class ReportTests : CliTestBase
{
    public ReportTests(MockServerFixture server) : base(server) { }

    internal static IDocument Parse(string path) => new HtmlParser().ParseDocument(File.ReadAllText(path));

    private static IReadOnlyList<IElement> Rows(IDocument page, string table) => page.QuerySelectorAll("#" + table + " tbody tr").ToList();

    [Fact]
    public async Task The_report_of_a_reconciled_sales_file_lists_every_record_needing_a_person_with_right_totals()
    {
        var csv = Files.SalesWithBadRow("RP");
        var extra = Files.WriteSales("RP-more.csv", SampleCsv.SaleRow("RP1"), SampleCsv.SaleRow("RP2", "271", "50.00", "50.50"), SampleCsv.SaleRow("RP3", "270", "abc", "150.50"), SampleCsv.SaleRow("RP4"));
        Assert.Equal(1, (await Run("sale", "import", csv)).ExitCode);
        var report = Path.Combine(Files.Folder, "report.html");

        var run = await Run("reconcile", extra, "--report", report, "-o", "jsonl");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Report: " + report, run.Stderr);
        var rows = run.JsonLines();
        var page = Parse(report);
        Assert.Empty(page.QuerySelectorAll("script, link, img, iframe, object"));
        var needing = rows.Where(r => r.GetProperty("status").GetString() is "Failed" or "NotSent" or "Unknown" or "Conflict").ToList();
        Assert.Equal(2, needing.Count);
        var attention = Rows(page, "attention");
        Assert.Equal(needing.Select(r => r.GetProperty("order_id").GetString()).OrderBy(k => k), attention.Select(r => r.GetAttribute("data-key")).OrderBy(k => k));
        var notSent = attention.Single(r => r.GetAttribute("data-key") == "RP4");
        Assert.Equal("line 5", notSent.QuerySelector("td.line")!.TextContent);
        Assert.Equal("smartgift sale import '" + extra + "'", notSent.QuerySelector("td.command")!.TextContent);
        Assert.Equal("New-SgSale -Path '" + extra + "'", notSent.QuerySelector("td.ps-command")!.TextContent);
        var failed = attention.Single(r => r.GetAttribute("data-key") == "RP3");
        Assert.Contains("smartgift journal settle 'RP3' --drop", failed.QuerySelector("td.command")!.TextContent);
        Assert.Contains("price", failed.QuerySelector("td.reason")!.TextContent);

        // Totals: counts and money per status, as the reconciliation says.
        Assert.Equal(rows.Count.ToString(CultureInfo.InvariantCulture), page.QuerySelector("#total-count")!.TextContent);
        var money = rows.Sum(r => r.GetProperty("local_total").ValueKind == System.Text.Json.JsonValueKind.Number ? r.GetProperty("local_total").GetDecimal() : 0m);
        Assert.Equal(money.ToString("0.00", CultureInfo.InvariantCulture), page.QuerySelector("#total-amount")!.TextContent);
        foreach (var group in rows.GroupBy(r => r.GetProperty("status").GetString()))
        {
            var line = Rows(page, "totals").Single(r => r.GetAttribute("data-status") == group.Key);
            Assert.Equal(group.Count().ToString(CultureInfo.InvariantCulture), line.Children[1].TextContent);
            Assert.NotNull(page.QuerySelector("#chart g[data-status='" + group.Key + "'] rect"));
        }
        // The customers' details are not in it.
        Assert.DoesNotContain("jo@example.com", page.DocumentElement.OuterHtml);
        Assert.DoesNotContain("Bloggs", page.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task A_redemptions_report_shows_the_contradiction_and_what_was_settled_since_the_last_report()
    {
        var csv = Files.Write("rep-redemptions.csv", new[] { "reference,voucher_no,site_id,value", "RPR-1,DEMO000001,1,5", "RPR-2,DEMO000006,1,5" });
        Assert.Equal(1, (await Run("redeem", "import", csv)).ExitCode);
        var first = Path.Combine(Files.Folder, "first.html");
        var second = Path.Combine(Files.Folder, "second.html");

        Assert.Equal(1, (await Run("reconcile", csv, "--report", first)).ExitCode);
        Assert.Equal(0, (await Run("journal", "settle", "RPR-2", "--found")).ExitCode);
        Assert.Equal(0, (await Run("reconcile", csv, "--report", second)).ExitCode);

        var before = Parse(first);
        var contradicted = Assert.Single(Rows(before, "attention"));
        Assert.Equal("RPR-2", contradicted.GetAttribute("data-key"));
        Assert.Equal("smartgift journal settle 'RPR-2' --found", contradicted.QuerySelector("td.command")!.TextContent);
        Assert.Equal("Set-SgJournalRecord -Key 'RPR-2' -Found", contradicted.QuerySelector("td.ps-command")!.TextContent);
        Assert.Equal("RPR-2", Assert.Single(Rows(before, "contradictions")).GetAttribute("data-key"));
        var after = Parse(second);
        Assert.NotNull(after.QuerySelector("#attention-none"));
        var settled = Assert.Single(Rows(after, "settled"));
        Assert.Equal("RPR-2", settled.GetAttribute("data-key"));
        Assert.Contains("found", settled.TextContent);
        Assert.Equal("10.00", after.QuerySelector("#total-amount")!.TextContent);
    }

    [Fact]
    public async Task The_day_report_reads_the_ledger_for_both_kinds_and_exits_1_when_a_person_is_needed()
    {
        var sales = Files.SalesWithBadRow("RD");
        var redemptions = Files.Write("rd.csv", new[] { "reference,voucher_no,site_id,value", "RD-R1,DEMO000001,1,5" });
        await Run("sale", "import", sales);
        await Run("redeem", "import", redemptions);
        var report = Path.Combine(Files.Folder, "day.html");

        var run = await Run("report", "--out", report);
        var badDay = await Run("report", "--day", "07/12/2026");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(report, run.Stdout);
        var page = Parse(report);
        Assert.Equal("RD3", Assert.Single(Rows(page, "attention")).GetAttribute("data-key"));
        Assert.Contains(sales, page.QuerySelector("#files")!.TextContent);
        Assert.Contains(redemptions, page.QuerySelector("#files")!.TextContent);
        Assert.Equal(2, badDay.ExitCode);
    }

    [Fact]
    public async Task A_hostile_order_id_reference_or_catalogue_name_is_shown_never_run()
    {
        const string hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        var csv = Files.Write("hostile.csv", new[] { "reference,voucher_no,site_id,value", "\"" + hostile + "\",DEMO000001,1,abc" });
        var report = Path.Combine(Files.Folder, "hostile.html");
        await Run("reconcile", csv, "--report", report);
        // A catalogue name reaches the page through a warning's detail.
        var made = new ReconciliationReport("t", DateTimeOffset.UtcNow);
        made.Add("sales.csv", new ReconciliationRow { OrderId = "O-<b>1</b>", Line = "line 2", Status = ReconciliationStatus.NotSent, Detail = "voucher 290 (" + hostile + ") is not active" });
        var direct = Path.Combine(Files.Folder, "direct.html");
        made.Write(direct);

        foreach (var page in new[] { Parse(report), Parse(direct) })
        {
            Assert.Empty(page.QuerySelectorAll("script, img, b"));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
        Assert.Equal(hostile, Parse(report).QuerySelector("#attention td.key")!.TextContent);
        Assert.Contains(hostile, Parse(direct).QuerySelector("#attention td.reason")!.TextContent);
    }
}

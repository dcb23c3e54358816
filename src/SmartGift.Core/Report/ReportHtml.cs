using System.Net;

namespace SmartGift;

/// <summary>
/// The report as one self-contained HTML page: no script, no external font, image or style
/// sheet (a mail client shows it as a browser does); a style element and an inline SVG bar
/// chart. Every text from outside (file names, keys, reasons, catalogue names in them) is
/// HTML-encoded, so a hostile order id or voucher name is shown, never run.
/// </summary>
internal static class ReportHtml
{
    /// <summary>The attention table's header colour: the screenshot test looks for it.</summary>
    public const string AttentionHeader = "#37474f";

    private const string Style = @"
body { font-family: -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; color: #212121; background: #ffffff; margin: 24px; max-width: 1100px; }
h1 { font-size: 22px; margin: 0 0 4px 0; }
h2 { font-size: 17px; margin: 28px 0 8px 0; border-bottom: 1px solid #bdbdbd; padding-bottom: 4px; }
p.meta { color: #424242; margin: 2px 0; font-size: 14px; }
p.verdict { font-size: 16px; font-weight: bold; padding: 8px 12px; border-radius: 4px; }
p.verdict.attention { background: #ffebee; color: #b71c1c; border: 1px solid #c62828; }
p.verdict.settled { background: #e8f5e9; color: #1b5e20; border: 1px solid #2e7d32; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border: 1px solid #bdbdbd; padding: 5px 7px; text-align: left; vertical-align: top; }
th { background: #eeeeee; }
table.attention th { background: " + AttentionHeader + @"; color: #ffffff; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td code, td pre { font-family: Consolas, 'DejaVu Sans Mono', monospace; font-size: 12px; white-space: pre-wrap; word-break: break-all; margin: 0; }
span.swatch { display: inline-block; width: 10px; height: 10px; margin-right: 6px; vertical-align: middle; }
p.none { color: #616161; font-style: italic; }
";

    public static string Render(ReconciliationReport report)
    {
        var html = new StringBuilder();
        var attention = report.NeedingAttention.ToList();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(report.Title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(report.Title)).Append("</h1>\n");
        html.Append("<p class=\"meta\" id=\"generated\">Written ").Append(E(Stamp(report.GeneratedAt))).Append("</p>\n");
        html.Append("<p class=\"meta\" id=\"files\">").Append(report.Files.Count == 1 ? "File: " : "Files: ")
            .Append(report.Files.Count == 0 ? "none" : string.Join(", ", report.Files.Select(f => "<code>" + E(f) + "</code>"))).Append("</p>\n");
        html.Append(attention.Count > 0
            ? "<p class=\"verdict attention\" id=\"verdict\">" + attention.Count.ToString(CultureInfo.InvariantCulture) + (attention.Count == 1 ? " record needs" : " records need") + " a person: see below.</p>\n"
            : "<p class=\"verdict settled\" id=\"verdict\">All settled: nothing needs a person.</p>\n");

        Totals(html, report);
        Chart(html, report);
        Attention(html, attention);
        Contradictions(html, report.Contradictions.ToList());
        Settled(html, report);
        html.Append("<p class=\"meta\">Written by SmartGift. Customers' details are not in this page: each record is named by its order id or reference, file line and amount.</p>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Totals(StringBuilder html, ReconciliationReport report)
    {
        html.Append("<h2>By status</h2>\n<table id=\"totals\">\n<thead><tr><th>Status</th><th>Records</th><th>Amount</th><th>Meaning</th></tr></thead>\n<tbody>\n");
        foreach (var (status, count, amount) in report.Totals)
            html.Append("<tr data-status=\"").Append(E(status)).Append("\"><td><span class=\"swatch\" style=\"background:").Append(ReportStatus.Colour(status)).Append("\"></span>")
                .Append(E(status)).Append("</td><td class=\"num\">").Append(count.ToString(CultureInfo.InvariantCulture)).Append("</td><td class=\"num\">")
                .Append(Money(amount)).Append("</td><td>").Append(E(ReportStatus.Meaning(status))).Append("</td></tr>\n");
        html.Append("</tbody>\n<tfoot><tr><th>Total</th><th class=\"num\" id=\"total-count\">").Append(report.Records.Count.ToString(CultureInfo.InvariantCulture))
            .Append("</th><th class=\"num\" id=\"total-amount\">").Append(Money(report.Records.Sum(r => r.Amount ?? 0m))).Append("</th><th></th></tr></tfoot>\n</table>\n");
    }

    /// <summary>One bar per status, its length the share of the records, its count beside it.</summary>
    private static void Chart(StringBuilder html, ReconciliationReport report)
    {
        var totals = report.Totals;
        const int barHeight = 28, gap = 10, labelWidth = 120, barWidth = 560;
        var height = Math.Max(1, totals.Count) * (barHeight + gap) + gap;
        var most = totals.Count == 0 ? 1 : totals.Max(t => t.Count);
        html.Append("<h2>Chart</h2>\n<svg id=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").Append(labelWidth + barWidth + 80).Append("\" height=\"").Append(height)
            .Append("\" viewBox=\"0 0 ").Append(labelWidth + barWidth + 80).Append(' ').Append(height).Append("\">\n<title>Records by status</title>\n");
        var y = gap;
        foreach (var (status, count, _) in totals)
        {
            var width = Math.Max(4, (int)Math.Round(barWidth * (double)count / most));
            html.Append("<g data-status=\"").Append(E(status)).Append("\">")
                .Append("<text x=\"0\" y=\"").Append(y + 19).Append("\" font-size=\"14\" font-family=\"sans-serif\" fill=\"#212121\">").Append(E(status)).Append("</text>")
                .Append("<rect x=\"").Append(labelWidth).Append("\" y=\"").Append(y).Append("\" width=\"").Append(width).Append("\" height=\"").Append(barHeight)
                .Append("\" fill=\"").Append(ReportStatus.Colour(status)).Append("\"/>")
                .Append("<text x=\"").Append(labelWidth + width + 8).Append("\" y=\"").Append(y + 19).Append("\" font-size=\"14\" font-family=\"sans-serif\" fill=\"#212121\">")
                .Append(count.ToString(CultureInfo.InvariantCulture)).Append("</text></g>\n");
            y += barHeight + gap;
        }
        if (totals.Count == 0) html.Append("<text x=\"0\" y=\"20\" font-size=\"14\" fill=\"#616161\">No records.</text>\n");
        html.Append("</svg>\n");
    }

    private static void Attention(StringBuilder html, IReadOnlyList<ReportEntry> attention) =>
        Section(html, "Needs a person", attention, null, "attention", "Nothing: every record is settled.",
            " class=\"attention\"", "Kind</th><th>File</th><th>Line</th><th>Order id / reference</th><th>Amount</th><th>Status</th><th>Reason</th>"
                + "<th>Settle it (CLI)</th><th>Settle it (PowerShell)",
            r => html.Append("<tr data-key=\"").Append(E(r.Key)).Append("\" data-status=\"").Append(E(r.Status)).Append("\"><td>").Append(E(r.Kind))
                .Append("</td><td class=\"file\" title=\"").Append(E(r.File ?? "")).Append("\"><code>").Append(E(r.File == null ? "" : System.IO.Path.GetFileName(r.File))).Append("</code></td><td class=\"line\">").Append(E(r.Line ?? ""))
                .Append("</td><td class=\"key\"><code>").Append(E(r.Key)).Append("</code></td><td class=\"num\">").Append(r.Amount is decimal a ? Money(a) : "")
                .Append("</td><td>").Append(E(r.Status + (r.Contradicted && r.Status == "Confirmed" ? " (contradicted)" : ""))).Append("</td><td class=\"reason\">").Append(E(r.Reason ?? ""))
                .Append("</td><td class=\"command\"><pre>").Append(E(r.Command ?? "")).Append("</pre></td><td class=\"ps-command\"><pre>").Append(E(r.PowerShellCommand ?? ""))
                .Append("</pre></td></tr>\n"));

    private static void Contradictions(StringBuilder html, IReadOnlyList<ReportEntry> contradictions) =>
        Section(html, "Contradictions", contradictions, null, "contradictions",
            "None: Smart Gift's answers match what was asked, and no confirmed record changed since.",
            "", "Kind</th><th>Line</th><th>Order id / reference</th><th>What disagrees",
            r => html.Append("<tr data-key=\"").Append(E(r.Key)).Append("\"><td>").Append(E(r.Kind)).Append("</td><td>").Append(E(r.Line ?? ""))
                .Append("</td><td><code>").Append(E(r.Key)).Append("</code></td><td>").Append(E(r.Reason ?? "")).Append("</td></tr>\n"));

    private static void Settled(StringBuilder html, ReconciliationReport report) =>
        Section(html, "Settled since the last report", report.Settled,
            "<p class=\"meta\">" + (report.PreviousReport is DateTimeOffset last ? "The last report was written " + E(Stamp(last)) + "."
                : "No earlier report: the last 24 hours.") + "</p>\n",
            "settled", "No decisions were written.", "", "When</th><th>Kind</th><th>Order id / reference</th><th>Decision",
            s => html.Append("<tr data-key=\"").Append(E(s.Key)).Append("\"><td>").Append(E(Stamp(s.At))).Append("</td><td>").Append(E(s.Kind))
                .Append("</td><td><code>").Append(E(s.Key)).Append("</code></td><td>").Append(E(s.Decision)).Append("</td></tr>\n"));

    /// <summary>A heading with the count, then a table of the records (id), or the sentence for none (id-none).</summary>
    private static void Section<T>(StringBuilder html, string title, IReadOnlyList<T> records, string? intro, string id, string none,
        string tableClass, string headers, Action<T> row)
    {
        html.Append("<h2>").Append(title).Append(" (").Append(records.Count.ToString(CultureInfo.InvariantCulture)).Append(")</h2>\n").Append(intro);
        if (records.Count == 0)
        {
            html.Append("<p class=\"none\" id=\"").Append(id).Append("-none\">").Append(none).Append("</p>\n");
            return;
        }
        html.Append("<table").Append(tableClass).Append(" id=\"").Append(id).Append("\">\n<thead><tr><th>").Append(headers)
            .Append("</th></tr></thead>\n<tbody>\n");
        foreach (var record in records) row(record);
        html.Append("</tbody>\n</table>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}

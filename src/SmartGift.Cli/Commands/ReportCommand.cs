namespace SmartGift.Cli;

/// <summary>The day's page from the company's ledger alone (both kinds, every file): no call to Smart Gift.</summary>
internal static class ReportCommand
{
    public static Command Create(CommandAction action)
    {
        var day = new Option<string?>("--day") { Description = "The day (UTC, yyyy-MM-dd) whose records are shown: those whose last event is on it. Default: today.", HelpName = "YYYY-MM-DD" };
        var output = new Option<string?>("--out") { Description = "Where to write the page. Default: smartgift-report-DAY.html in the current folder.", HelpName = "FILE.html" };
        var command = new Command("report", "Write the day's reconciliation report from the company's ledger: a self-contained HTML page of every record by status, what needs a person with the command that settles it, the contradictions and what was settled since the last report; exit 1 when anything needs a person.") { day, output }
            .WithExamples(
                "smartgift report",
                "smartgift report --day 2026-12-06 --out /var/lib/smartgift/reports/2026-12-06.html",
                "smartgift report --out report.html || mail -s 'Smart Gift needs attention' ops@example.com < report.html");
        return action.Runs(command, (parse, context) =>
        {
            var dayText = parse.GetValue(day);
            var now = DateTimeOffset.UtcNow;
            DateTime date = now.UtcDateTime.Date;
            if (dayText != null && !DateTime.TryParseExact(dayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
                throw CliException.Usage("--day '" + dayText + "' is not a day: write it as yyyy-MM-dd, for example " + now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".");
            var ledgerPath = context.LedgerPath();
            var report = ReconciliationReport.ForDay(ledgerPath, date, now);
            var path = report.Write(parse.GetValue(output) ?? "smartgift-report-" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".html");
            var attention = report.NeedingAttention.Count();
            context.Note("Report of " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ": " + report.Records.Count + " record(s), "
                + (attention > 0 ? attention + " need a person" : "all settled") + ": " + path);
            return Task.FromResult(attention > 0 ? ExitCodes.RecordsNeedAttention : ExitCodes.Success);
        });
    }
}

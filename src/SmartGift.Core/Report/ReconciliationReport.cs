using System.Text.RegularExpressions;

namespace SmartGift;

/// <summary>
/// The page a person looks at the morning after (issue 20): for a reconciled file (or several) or
/// for a day of the ledger, the records by status with their money, every record that needs a
/// person with its file line, reason and the command that settles it, the contradictions, and
/// what operators settled since the last report. Written as one self-contained HTML file
/// (ReportHtml).
/// </summary>
internal sealed class ReconciliationReport(string title, DateTimeOffset generatedAt)
{
    // What might be a customer's address in a server's message: the report keeps it out.
    private static readonly Regex EmailLike = new Regex(@"[^\s'""<>@]+@[^\s'""<>@]+\.[^\s'""<>@]+", RegexOptions.CultureInvariant);

    public string Title { get; } = title;
    public DateTimeOffset GeneratedAt { get; } = generatedAt;
    /// <summary>The source files reconciled (or, for a day, the files the ledger's records came from).</summary>
    public List<string> Files { get; } = new List<string>();
    public List<ReportEntry> Records { get; } = new List<ReportEntry>();
    public List<SettledEntry> Settled { get; } = new List<SettledEntry>();
    /// <summary>When the previous report was written from this ledger (null: none, or no ledger).</summary>
    public DateTimeOffset? PreviousReport { get; private set; }

    public IEnumerable<ReportEntry> NeedingAttention => Records.Where(r => r.NeedsAttention);
    public IEnumerable<ReportEntry> Contradictions => Records.Where(r => r.Contradicted);

    /// <summary>The statuses in the order the page shows them, each with its count and money.</summary>
    public IReadOnlyList<(string Status, int Count, decimal Amount)> Totals =>
        ReportStatus.Order.Select(s => (s, Records.Count(r => r.Status == s), Records.Where(r => r.Status == s).Sum(r => r.Amount ?? 0m)))
            .Where(t => t.Item2 > 0).ToList();

    /// <summary>One record of the page, with the commands that settle it.</summary>
    private void Add(string? file, ReportEntry entry, string? journal)
    {
        if (file != null && !Files.Contains(file)) Files.Add(file);
        ReportCommands.Fill(entry, journal);
        Records.Add(entry);
    }

    /// <summary>A reconciled sale order of a file (null: rows from a pipeline).</summary>
    public void Add(string? file, ReconciliationRow row, string? journal = null) =>
        Add(file, journal, "sale", row.OrderId, row.Line, row.Status, row.LocalTotal, row.Status == ReconciliationStatus.Conflict,
            row.Detail, row.ProblemFields);

    /// <summary>A reconciled redemption of a file.</summary>
    public void Add(string? file, RedemptionReconciliationRow row, string? journal = null) =>
        Add(file, journal, "redemption", row.Reference, row.Line, row.Status, row.Amount,
            row.Contradiction != null || row.Status == ReconciliationStatus.Conflict, row.Detail, row.ProblemFields);

    // A contradicted record needs a person as much as a failed one (RedemptionReconciliationRow.NeedsAttention).
    private void Add(string? file, string? journal, string kind, string key, string? line, ReconciliationStatus status,
        decimal? amount, bool contradicted, string? detail, IReadOnlyList<string> problemFields) => Add(file, new ReportEntry
    {
        Kind = kind,
        Key = key,
        File = file,
        Line = line,
        Status = status.ToString(),
        Amount = amount,
        NeedsAttention = contradicted || IsAttention(status.ToString()),
        Contradicted = contradicted,
        Reason = Reason(detail, problemFields, line),
    }, journal);

    /// <summary>
    /// A day's report from the ledger alone: every record (both kinds) whose last event is on
    /// that day (UTC), where it came from, and its state in the import's words.
    /// </summary>
    public static ReconciliationReport ForDay(string ledgerPath, DateTime day, DateTimeOffset now)
    {
        var report = new ReconciliationReport("Smart Gift day report " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), now);
        if (!File.Exists(ledgerPath)) return report;
        using var ledger = CompanyLedger.Open(ledgerPath, now);
        foreach (var kind in new[] { JournalKind.Sale, JournalKind.Redemption })
            foreach (var entry in ledger.Entries(kind).Where(e => e.At.UtcDateTime.Date == day.Date))
                report.AddLedgerEntry(kind, entry);
        report.ReadSettled(ledger);
        return report;
    }

    private void AddLedgerEntry(JournalKind kind, JournalEntry entry)
    {
        var record = JournalRecords.ToRecord(entry, kind);
        var status = record.State switch
        {
            "Released" => "NotSent",
            "Settled" => "Skipped",
            var s => s,
        };
        // A row key's scope is its journal ("row:...@/path/journal.jsonl": settled with it), or a
        // redemption by hand's run ("row:...@run:ID": the whole key is what settle takes).
        var at = entry.Key.StartsWith("row:", StringComparison.Ordinal) ? entry.Key.IndexOf('@') : -1;
        var byRun = at >= 0 && entry.Key.Substring(at + 1).StartsWith("run:", StringComparison.Ordinal);
        var key = byRun ? entry.Key : CompanyLedger.UnscopedKey(entry.Key);
        var journal = at < 0 || byRun ? null : entry.Key.Substring(at + 1);
        Add(entry.Source, new ReportEntry
        {
            Kind = record.Kind,
            Key = key,
            File = entry.Source,
            Line = entry.Location,
            Status = status,
            Amount = record.Amount,
            NeedsAttention = record.NeedsAttention || status == "NotSent" && record.State == "NotSent",
            Contradicted = entry.Contradiction != null,
            // A row refused before sending: its message quotes the customer's values, so the page does not.
            Reason = !(record.NeedsAttention || status == "NotSent") ? null
                : entry.ErrorKind == "Validation" && entry.State == JournalEvent.Failed ? "refused before sending: " + (entry.Location ?? "the row") + " is invalid (the import, or its dry run, says what is wrong there)"
                : Scrub(record.Message ?? (status == "NotSent" ? "not processed; the next run sends it" : null)),
        }, journal);
    }

    /// <summary>What operators settled since the last report of this ledger (the last 24 hours when there was none); marks this report.</summary>
    public void ReadSettledSince(string? ledgerPath)
    {
        if (ledgerPath == null || !File.Exists(ledgerPath)) return;
        using var ledger = CompanyLedger.Open(ledgerPath, GeneratedAt);
        ReadSettled(ledger);
    }

    private void ReadSettled(CompanyLedger ledger)
    {
        PreviousReport = ledger.LastReport();
        foreach (var (kind, key, line) in ledger.SettledSince(PreviousReport ?? GeneratedAt.AddDays(-1)))
            Settled.Add(new SettledEntry(JournalReader.Name(kind), CompanyLedger.UnscopedKey(key), line.Decision ?? "", line.At));
        ledger.MarkReport(GeneratedAt);
    }

    private static bool IsAttention(string status) => status == "Failed" || status == "Unknown" || status == "NotSent" || status == "Conflict";

    /// <summary>The reason, without what a customer wrote: a row refused before sending names its columns, not their values.</summary>
    private static string? Reason(string? detail, IReadOnlyList<string> fields, string? line)
    {
        if (fields.Count > 0)
            return "refused before sending: " + string.Join(", ", fields) + " of " + (line ?? "the row") + " (the import, or its dry run, says what is wrong there)";
        return Scrub(detail);
    }

    private static string? Scrub(string? text) => text == null ? null : EmailLike.Replace(text, "[e-mail address]");

    /// <summary>The page (ReportHtml).</summary>
    public string ToHtml() => ReportHtml.Render(this);

    /// <summary>Writes the page (UTF-8), replacing the file; the folder is created if needed. Returns the full path.</summary>
    public string Write(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder!);
        File.WriteAllText(full, ToHtml(), new System.Text.UTF8Encoding(false));
        return full;
    }
}

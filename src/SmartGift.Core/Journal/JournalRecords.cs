namespace SmartGift;

/// <summary>
/// An operator's decisions in a journal (LedgerRecords lists it): settle its records one by one (DESIGN 6):
/// an Unknown found in Smart Gift (never sent), absent (sent by the next run) or released; a
/// refused record dropped. Each decision is a journal line with its time. Settling takes the
/// journal's lock, so it waits for no import and is refused while one runs.
/// </summary>
internal static class JournalRecords
{
    /// <summary>Writes one decision for each key, or for none (LedgerRecords.SettleEach).</summary>
    public static IReadOnlyList<JournalRecord> Settle(string path, IReadOnlyList<string> keys, JournalDecision decision, DateTimeOffset now, string? smartGiftOrderId = null, string? note = null)
    {
        if (keys == null || keys.Count == 0 || keys.Any(string.IsNullOrWhiteSpace)) throw new ArgumentException("Give the record's key (order id or reference).", nameof(keys));
        var kind = KindOf(path);
        using var journal = ImportJournal.Open(path, kind, now);
        return LedgerRecords.SettleEach(keys, decision, key => journal.Contents.Find(key) is { } entry ? [(kind, entry)] : [],
            problems => new JournalException(journal.Path, $"Nothing was settled in the journal {journal.Path}: " + problems
                + $". `smartgift journal list {journal.Path} --all` (Get-SgJournalRecord -All) shows the keys and their states."),
            (_, entry) =>
            {
                journal.Append(JournalLine.Settled(entry, decision, now, smartGiftOrderId, note));
                return ToRecord(entry, kind);
            });
    }

    /// <summary>Copies decisions the ledger took into a journal, without checking states (the ledger did).</summary>
    internal static void Append(string path, IReadOnlyList<string> keys, JournalDecision decision, DateTimeOffset now, string? smartGiftOrderId, string? note)
    {
        if (keys.Count == 0) return;
        var kind = KindOf(path);
        using var journal = ImportJournal.Open(path, kind, now);
        foreach (var key in keys) journal.Append(JournalLine.Settled(journal.Contents.Find(key)!, decision, now, smartGiftOrderId, note));
    }

    internal static JournalRecord ToRecord(JournalEntry entry, JournalKind kind)
    {
        var state = entry.State switch
        {
            JournalEvent.Confirmed => entry.Contradiction != null ? "Contradicted" : "Confirmed",
            JournalEvent.Failed => entry.Permanent ? "Failed" : "NotSent",
            JournalEvent.Released => "Released",
            JournalEvent.Settled => "Settled",
            _ => "Unknown",
        };
        return new JournalRecord
        {
            Kind = JournalReader.Name(kind),
            Key = entry.Key,
            State = state,
            At = entry.At,
            Amount = entry.Amount,
            SmartGiftOrderId = entry.SmartGiftOrderId,
            RedemptionIds = entry.RedemptionIds,
            Decision = entry.Decision,
            Message = entry.State == JournalEvent.Sending ? "sent; the run stopped before an answer was recorded"
                : entry.Contradiction != null ? "contradiction: " + entry.Contradiction : entry.Message,
            NeedsAttention = state == "Unknown" || state == "Failed" || state == "Contradicted",
            Source = entry.Source,
            Location = entry.Location,
        };
    }

    /// <summary>The kind named in the header line, so one command serves both journals.</summary>
    internal static JournalKind KindOf(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full)) throw new JournalException(full, $"The journal {full} does not exist.");
        string? first;
        using (var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        using (var reader = new StreamReader(stream, new UTF8Encoding(false)))
            first = reader.ReadLine();
        try
        {
            using var document = JsonDocument.Parse(first ?? "");
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("kind", out var k)
                && JournalReader.KindNamed(k.GetString()) is JournalKind kind)
                return kind;
        }
        catch (JsonException) { }
        throw new JournalException(full, $"{full} is not a SmartGift journal: its first line is not a {JournalReader.Format} header.");
    }
}

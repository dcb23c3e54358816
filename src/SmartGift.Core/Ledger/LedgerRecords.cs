namespace SmartGift;

/// <summary>
/// An operator's view of the company's ledger (DESIGN 6, 17): list its records and settle the
/// ones that need a person. Every key is checked before any is changed, and each decision is
/// an event with its time, so the ledger keeps what was decided and when.
/// </summary>
internal static class LedgerRecords
{
    /// <summary>
    /// The records an operator looks at: with a journal, that journal's keys, each as the ledger
    /// has it (the journal's own word only where the ledger never saw the key); without one, every
    /// record of the ledger (sales, then redemptions), in the order first seen.
    /// </summary>
    /// <param name="ledgerPath">The company's ledger; null or absent: the journal alone.</param>
    /// <param name="journalPath">A JSON Lines journal, or null.</param>
    public static IReadOnlyList<JournalRecord> List(string? ledgerPath, string? journalPath = null)
    {
        var kind = journalPath == null ? JournalKind.Sale : JournalRecords.KindOf(journalPath);
        var journal = journalPath == null ? null : ImportJournal.ReadContents(journalPath, kind)
            ?? throw new JournalException(journalPath, $"The journal {journalPath} does not exist.");
        using var ledger = ledgerPath != null && File.Exists(ledgerPath) ? CompanyLedger.Open(ledgerPath, DateTimeOffset.UtcNow) : null;
        if (journal == null)
            return ledger == null ? [] : new[] { JournalKind.Sale, JournalKind.Redemption }
                .SelectMany(k => ledger.Entries(k).Select(e => JournalRecords.ToRecord(e, k))).ToList();
        ledger?.RefuseForeign(journal, journalPath!);
        var scope = Path.GetFullPath(journalPath!);
        return journal.Entries.Select(e =>
        {
            var record = JournalRecords.ToRecord(ledger?.Find(kind, CompanyLedger.ScopedKey(kind, e.Key, scope)).Entry ?? e, kind);
            record.Key = e.Key; // the journal's words: what settle takes with this journal
            return record;
        }).ToList();
    }

    /// <summary>How many records are Unknown (for the count --retry-unknown announces); 0 when the journal is not there yet.</summary>
    public static int CountUnknown(string? ledgerPath, string? journalPath) =>
        journalPath != null && !File.Exists(journalPath) ? 0 : List(ledgerPath, journalPath).Count(r => r.State == "Unknown");

    /// <summary>
    /// Settles in the ledger (the journal taken into it first, and the decisions copied to it),
    /// or, without a ledger, in the journal alone; all keys checked before any is changed.
    /// </summary>
    public static IReadOnlyList<JournalRecord> Settle(string? ledgerPath, string? journalPath, IReadOnlyList<string> keys, JournalDecision decision, DateTimeOffset now, string? smartGiftOrderId = null, string? note = null)
    {
        if (ledgerPath == null)
        {
            if (journalPath == null) throw new ArgumentException("Give the ledger or a journal.", nameof(journalPath));
            return JournalRecords.Settle(journalPath, keys, decision, now, smartGiftOrderId, note);
        }
        if (journalPath != null)
        {
            // The journal's keys the ledger does not know go into it first, as when an import opens the journal.
            var kind = JournalRecords.KindOf(journalPath);
            var contents = ImportJournal.ReadContents(journalPath, kind)
                ?? throw new JournalException(journalPath, "The journal " + journalPath + " does not exist.");
            using var ledger = CompanyLedger.Open(ledgerPath, now);
            ledger.Adopt(kind, contents, Path.GetFullPath(journalPath));
        }
        if (keys == null || keys.Count == 0) throw new ArgumentException("Give at least one record key (order id or reference).", nameof(keys));
        if (!File.Exists(ledgerPath)) throw new JournalException(ledgerPath, "The ledger " + ledgerPath + " does not exist: nothing was imported for this company and service yet.");
        var scope = journalPath == null ? null : Path.GetFullPath(journalPath);
        IReadOnlyList<JournalRecord> settled;
        using (var ledger = CompanyLedger.Open(ledgerPath, now))
            settled = SettleEach(keys, decision,
                key => new[] { JournalKind.Sale, JournalKind.Redemption }
                    .Select(k => (Kind: k, Entry: ledger.Find(k, CompanyLedger.ScopedKey(k, key, scope)).Entry!))
                    .Where(m => m.Entry != null).ToList(),
                problems => new JournalException(ledger.Path, "Nothing was settled: " + problems
                    + ". `smartgift journal list --all` (Get-SgJournalRecord -All) shows the keys and their states."),
                (kind, entry) =>
                {
                    ledger.Append(kind, JournalLine.Settled(entry, decision, now, smartGiftOrderId, note), null, null);
                    return JournalRecords.ToRecord(ledger.Find(kind, entry.Key).Entry!, kind);
                });
        if (journalPath != null)
        {
            // The journal stays a true copy: the same decisions, for the keys it has.
            var inJournal = new HashSet<string>(List(null, journalPath).Select(r => r.Key), StringComparer.Ordinal);
            JournalRecords.Append(journalPath, settled.Select(r => CompanyLedger.UnscopedKey(r.Key)).Where(inJournal.Contains).ToList(), decision, now, smartGiftOrderId, note);
        }
        return settled;
    }

    /// <summary>
    /// Writes one decision for each key, or for none: every key is found first (find: the records
    /// that have it), and a key that is missing, ambiguous or in a state the decision does not fit
    /// refuses the whole call, naming every such key.
    /// </summary>
    internal static IReadOnlyList<JournalRecord> SettleEach(IReadOnlyList<string> keys, JournalDecision decision,
        Func<string, IReadOnlyList<(JournalKind Kind, JournalEntry Entry)>> find, Func<string, JournalException> refused,
        Func<JournalKind, JournalEntry, JournalRecord> write)
    {
        var found = new List<(JournalKind Kind, JournalEntry Entry)>();
        var problems = new List<string>();
        foreach (var key in keys.Select(k => (k ?? "").Trim()))
        {
            var matches = find(key);
            var why = matches.Count == 0 ? "no such record"
                : matches.Count > 1 ? "both a sale and a redemption have this key" : Refusal(matches[0].Entry, decision);
            if (why != null) problems.Add("'" + key + "': " + why);
            else found.Add(matches[0]);
        }
        if (problems.Count > 0) throw refused(string.Join("; ", problems));
        return found.Select(f => write(f.Kind, f.Entry)).ToList();
    }

    /// <summary>Why a decision does not fit a record's state; null when it does.</summary>
    internal static string? Refusal(JournalEntry entry, JournalDecision decision)
    {
        var state = JournalRecords.ToRecord(entry, JournalKind.Sale).State;
        var refused = state is "Failed" or "NotSent";
        return decision switch
        {
            JournalDecision.Found when entry.IsUnknown || state == "Released" || entry.Contradiction != null => null,
            JournalDecision.Found => "it is " + state + "; found settles an Unknown, released or contradicted record",
            JournalDecision.Absent when entry.IsUnknown => null,
            JournalDecision.Absent => "it is " + state + "; absent settles an Unknown record",
            // A refusal may be temporary (a voucher held by someone else): released, it is sent again.
            JournalDecision.Release when entry.IsUnknown || refused => null,
            JournalDecision.Release => "it is " + state + "; release settles an Unknown or refused record",
            JournalDecision.Drop when refused => null,
            JournalDecision.Drop => "it is " + state + "; only a refused record can be dropped",
            _ => "unknown decision",
        };
    }
}

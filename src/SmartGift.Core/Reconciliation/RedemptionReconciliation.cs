namespace SmartGift;

/// <summary>
/// Compares redemption rows with the company's ledger (and a redemption journal, if one is
/// given), keyed as the import keys them: by reference, or, for a row without one, by its
/// content and occurrence ("row:hash#n"), which the ledger keeps under the journal's path
/// (CompanyLedger.ScopedKey). Add each row, then Complete for the journal's records that were
/// not in the source. The statuses are the import's; nothing is sent.
/// </summary>
public sealed class RedemptionReconciliation : IDisposable
{
    private readonly JournalContents? _journal;
    private readonly string? _journalPath;
    private readonly CompanyLedger? _ledger;
    private readonly IReadOnlyList<Voucher>? _catalogue;
    private readonly string? _defaultSiteId;
    private readonly RecordKey.Occurrences _occurrences = new RecordKey.Occurrences();
    private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
    private bool _completed;

    /// <param name="journalPath">A redemption journal of the import (optional; rows without a reference need it).</param>
    /// <param name="ledgerPath">The company's ledger (LedgerLocation.For); absent or null: the journal alone.</param>
    /// <param name="catalogue">The catalogue, to read rows that name experiences; without it their content is not compared.</param>
    /// <param name="defaultSiteId">The session's default site, for rows without site_id (as the import).</param>
    public RedemptionReconciliation(string? journalPath, string? ledgerPath, IReadOnlyList<Voucher>? catalogue = null, string? defaultSiteId = null)
    {
        if (journalPath != null)
        {
            _journalPath = System.IO.Path.GetFullPath(journalPath);
            _journal = ImportJournal.ReadContents(journalPath, JournalKind.Redemption);
        }
        _ledger = CompanyLedger.OpenBeside(ledgerPath, _journal, journalPath);
        _catalogue = catalogue;
        _defaultSiteId = defaultSiteId;
    }

    public void Dispose() => _ledger?.Dispose();

    public ReconciliationSummary Summary { get; } = new ReconciliationSummary();

    /// <summary>Notes about journal lines that could not be read (a torn last line).</summary>
    public IReadOnlyList<string> JournalNotes => _journal?.Notes ?? new List<string>();

    /// <summary>The key under which the ledger keeps a row key: the journal's; null without a journal.</summary>
    private string? LedgerKeyOf(string key) =>
        !key.StartsWith("row:", StringComparison.Ordinal) ? key
        : _journalPath == null ? null : CompanyLedger.ScopedKey(JournalKind.Redemption, key, _journalPath);

    private LedgerLookup Lookup(string key)
    {
        var ledgerKey = LedgerKeyOf(key);
        var found = ledgerKey == null ? default : _ledger?.Find(JournalKind.Redemption, ledgerKey) ?? default;
        return found.Entry != null ? found : found.OrJournal(_journal?.Find(key));
    }

    public RedemptionReconciliationRow Add(RedemptionRow row)
    {
        if (row == null) throw new ArgumentNullException(nameof(row));
        if (_completed) throw new InvalidOperationException("Complete has been called: this reconciliation takes no more input.");
        var (key, legacyKey) = _occurrences.KeysFor(row);
        if (legacyKey != null && Lookup(key).Entry == null && Lookup(legacyKey).Entry != null) key = legacyKey;
        var plan = RedemptionPlanner.Plan(row, _catalogue, _defaultSiteId);
        var result = new RedemptionReconciliationRow
        {
            Reference = key,
            VoucherNumber = (row.VoucherNumber ?? "").Trim(),
            Amount = plan.Request?.Amount ?? MoneyText.Parse(row.Value ?? "", out _, mustBePositive: false),
            Line = row.Location.Length == 0 ? null : row.Location,
        };
        if (!_seen.Add(key))
        {
            result.Status = ReconciliationStatus.Failed;
            result.Detail = "reference '" + key + "' was already used earlier in this file; each redemption needs its own reference (the import refuses this row)";
            return Count(result);
        }
        var found = Lookup(key);
        var entry = found.Entry;
        // Rows naming experiences are read only with a catalogue; a row key is found only with its journal.
        var refusal = plan.NeedsCatalogue && entry != null ? [] : plan.Problems.Select(p => p.ToString()).ToList();
        if (entry == null && refusal.Count == 0 && LedgerKeyOf(key) == null && _ledger != null)
            refusal.Add("a redemption row without a reference needs a journal "
                + "(give the row a reference, or the import and this reconciliation the same journal)");
        if (entry != null)
        {
            result.RedemptionIds = entry.RedemptionIds;
            if (entry.State == JournalEvent.Confirmed) result.Contradiction = entry.Contradiction;
        }
        (result.Status, result.Detail) = EntryText.Compare(found, key, key.StartsWith("row:", StringComparison.Ordinal) ? null : "reference",
            "row", "redemption", refusal,
            e => plan.Request is { } request && !string.IsNullOrEmpty(e.Hash) && e.Hash != RecordKey.RedemptionHash(request)
                ? RecordKey.ChangedFields(e.Fields, RecordKey.RedemptionFields(request)) : null,
            result.Contradiction == null ? null : "Smart Gift's answer contradicts the request: " + result.Contradiction);
        if (!plan.IsValid) result.ProblemFields = plan.Problems.Select(p => p.Field).Distinct().ToList();
        return Count(result);
    }

    /// <summary>The journal's records that the source did not have (NotInSource).</summary>
    public IReadOnlyList<RedemptionReconciliationRow> Complete()
    {
        if (_completed) return Array.Empty<RedemptionReconciliationRow>();
        _completed = true;
        var rows = new List<RedemptionReconciliationRow>();
        if (_journal != null)
            foreach (var entry in _journal.Entries.Where(e => !_seen.Contains(e.Key)))
                rows.Add(Count(new RedemptionReconciliationRow
                {
                    Reference = entry.Key,
                    VoucherNumber = "",
                    Amount = entry.Amount,
                    Status = ReconciliationStatus.NotInSource,
                    RedemptionIds = entry.RedemptionIds,
                    Detail = "in the journal (" + EntryText.Describe(Lookup(entry.Key).Entry ?? entry) + ") but not in the source",
                }));
        return rows;
    }

    private RedemptionReconciliationRow Count(RedemptionReconciliationRow row)
    {
        Summary.Count(row.Status);
        if (row.Contradiction != null) Summary.Contradictions++;
        return row;
    }
}

namespace SmartGift;

/// <summary>
/// Compares source rows with the company's ledger (and a sale journal, if one is given), push-based
/// like the imports: Add each row, then Complete for the last order and the journal's orders that
/// were not in the source. The ledger's word wins: it is what the import consults (DESIGN 17).
/// </summary>
public sealed class SaleReconciliation : IDisposable
{
    private readonly JournalContents? _journal;
    private readonly CompanyLedger? _ledger;
    private readonly CatalogueCheck _catalogue;
    private readonly OrderAssembler _assembler = new OrderAssembler();
    private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
    private bool _completed;

    /// <param name="journalPath">The journal of the import (read-only; may be absent: everything is NotSent).</param>
    /// <param name="catalogue">When given, source rows naming an inactive or unknown voucher are flagged.</param>
    /// <param name="paymentMethods">When given, unknown payment methods are flagged.</param>
    public SaleReconciliation(string journalPath, IReadOnlyList<Voucher>? catalogue = null, IReadOnlyList<PaymentMethod>? paymentMethods = null)
        : this(journalPath ?? throw new ArgumentNullException(nameof(journalPath)), null, catalogue, paymentMethods)
    {
    }

    /// <param name="journalPath">A journal of the import (optional).</param>
    /// <param name="ledgerPath">The company's ledger (LedgerLocation.For); absent or null: the journal alone.</param>
    /// <param name="catalogue">When given, source rows naming an inactive or unknown voucher are flagged.</param>
    /// <param name="paymentMethods">When given, unknown payment methods are flagged.</param>
    public SaleReconciliation(string? journalPath, string? ledgerPath, IReadOnlyList<Voucher>? catalogue = null, IReadOnlyList<PaymentMethod>? paymentMethods = null)
    {
        // Read without the run lock: reconciling while an import runs shows where it stands.
        if (journalPath != null) _journal = ImportJournal.ReadContents(journalPath, JournalKind.Sale);
        _ledger = CompanyLedger.OpenBeside(ledgerPath, _journal, journalPath);
        _catalogue = new CatalogueCheck(catalogue, paymentMethods);
    }

    public void Dispose() => _ledger?.Dispose();

    private LedgerLookup Lookup(string key)
    {
        var found = _ledger?.Find(JournalKind.Sale, key) ?? default;
        return found.Entry != null ? found : found.OrJournal(_journal?.Find(key));
    }

    /// <summary>Notes about journal lines that could not be read (a torn last line).</summary>
    public IReadOnlyList<string> JournalNotes => _journal?.Notes ?? new List<string>();

    public IReadOnlyList<ReconciliationRow> Add(SaleRow row)
    {
        if (row == null) throw new ArgumentNullException(nameof(row));
        if (_completed) throw new InvalidOperationException("Complete has been called: this reconciliation takes no more input.");
        return _assembler.Add(row).Select(Compare).ToList();
    }

    public IReadOnlyList<ReconciliationRow> Complete()
    {
        if (_completed) return Array.Empty<ReconciliationRow>();
        _completed = true;
        var rows = _assembler.Complete().Select(Compare).ToList();
        if (_journal != null)
            foreach (var entry in _journal.Entries.Where(e => !_seen.Contains(e.Key)))
                rows.Add(Count(new ReconciliationRow
                {
                    OrderId = entry.Key,
                    LocalTotal = null,
                    Status = ReconciliationStatus.NotInSource,
                    SmartGiftOrderId = entry.SmartGiftOrderId,
                    Detail = "in the journal (" + EntryText.Describe(Lookup(entry.Key).Entry ?? entry) + ") but not in the source",
                }, false));
        return rows;
    }

    public ReconciliationSummary Summary { get; } = new ReconciliationSummary();

    private ReconciliationRow Compare(OrderDraft draft)
    {
        var key = draft.OrderId.Trim();
        _seen.Add(key);
        var found = key.Length == 0 ? default : Lookup(key);
        var row = new ReconciliationRow
        {
            OrderId = draft.OrderId,
            LocalTotal = draft.Total,
            Line = draft.Location.Length == 0 ? null : draft.Location,
            SmartGiftOrderId = found.Entry?.SmartGiftOrderId,
        };
        string? detail;
        (row.Status, detail) = EntryText.Compare(found, key, "order", "order", "order", draft.Problems.Select(p => p.ToString()).ToList(),
            entry => draft.Sale is { } sale && entry.Hash != null && entry.Hash != RecordKey.SaleHash(sale)
                && entry.Hash != RecordKey.LegacySaleHash(sale) ? RecordKey.ChangedFields(entry.Fields, RecordKey.SaleFields(sale)) : null,
            null);
        if (!draft.IsValid) row.ProblemFields = draft.Problems.Select(p => p.Field).Distinct().ToList();
        var warnings = _catalogue.Check(draft.Rows).Concat(_catalogue.PriceWarnings(draft.Rows)).ToList();
        foreach (var warning in warnings) detail = EntryText.Join(detail, warning);
        row.Detail = detail;
        return Count(row, warnings.Count > 0);
    }

    private ReconciliationRow Count(ReconciliationRow row, bool warned)
    {
        Summary.Count(row.Status);
        if (warned) Summary.CatalogueWarnings++;
        return row;
    }
}

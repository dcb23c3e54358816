using SmartGift.Journal;
using SmartGift.Reconciliation;
using SmartGift.Sales;

namespace SmartGift
{
    /// <summary>
    /// Compares source rows with a sale journal, push-based like the imports: Add each row, then
    /// Complete for the last order and the journal's orders that were not in the source.
    /// </summary>
    public sealed class SaleReconciliation
    {
        private readonly JournalContents? _journal;
        private readonly CatalogueCheck _catalogue;
        private readonly OrderAssembler _assembler = new OrderAssembler();
        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
        private bool _completed;

        /// <param name="journalPath">The journal of the import (read-only; may be absent: everything is NotSent).</param>
        /// <param name="catalogue">When given, source rows naming an inactive or unknown voucher are flagged.</param>
        /// <param name="paymentMethods">When given, unknown payment methods are flagged.</param>
        public SaleReconciliation(string journalPath, IReadOnlyList<Voucher>? catalogue = null, IReadOnlyList<PaymentMethod>? paymentMethods = null)
        {
            if (journalPath == null) throw new ArgumentNullException(nameof(journalPath));
            // Read without the run lock: reconciling while an import runs shows where it stands.
            _journal = ImportJournal.ReadContents(journalPath, JournalKind.Sale);
            _catalogue = new CatalogueCheck(catalogue, paymentMethods);
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
                        Detail = "in the journal (" + Describe(entry) + ") but not in the source",
                    }, false));
            return rows;
        }

        public ReconciliationSummary Summary { get; } = new ReconciliationSummary();

        private ReconciliationRow Compare(OrderDraft draft)
        {
            var key = draft.OrderId.Trim();
            _seen.Add(key);
            var entry = key.Length == 0 ? null : _journal?.Find(key);
            var row = new ReconciliationRow { OrderId = draft.OrderId, LocalTotal = draft.Total };
            string? detail;
            if (entry == null)
            {
                row.Status = ReconciliationStatus.NotSent;
                detail = draft.IsValid ? "not in the journal: never sent" : string.Join("; ", draft.Problems.Select(p => p.ToString()));
            }
            else
            {
                row.Status = entry.State switch
                {
                    JournalEvent.Confirmed => ReconciliationStatus.Confirmed,
                    JournalEvent.Failed => ReconciliationStatus.Failed,
                    JournalEvent.Released => ReconciliationStatus.NotSent,
                    JournalEvent.Settled => ReconciliationStatus.NotSent,
                    _ => ReconciliationStatus.Unknown,
                };
                row.SmartGiftOrderId = entry.SmartGiftOrderId;
                detail = entry.State == JournalEvent.Confirmed ? null : Describe(entry);
                if (draft.Sale != null && entry.Hash != null && entry.Hash != RecordKey.SaleHash(draft.Sale) && entry.Hash != RecordKey.LegacySaleHash(draft.Sale))
                {
                    var which = RecordKey.ChangedFields(entry.Fields, RecordKey.SaleFields(draft.Sale));
                    var what = "the source order has changed since it was sent" + (which.Count > 0 ? " (" + string.Join(", ", which) + ")" : "");
                    if (entry.State == JournalEvent.Confirmed)
                    {
                        row.Status = ReconciliationStatus.Conflict;
                        what += "; Smart Gift has the order as it was first sent, not the change";
                    }
                    detail = Join(detail, what);
                }
                else if (!draft.IsValid)
                    detail = Join(detail, "the source order is now invalid: " + string.Join("; ", draft.Problems.Select(p => p.ToString())));
            }
            var warnings = _catalogue.Check(draft.Rows).Concat(_catalogue.PriceWarnings(draft.Rows)).ToList();
            foreach (var warning in warnings) detail = Join(detail, warning);
            row.Detail = detail;
            return Count(row, warnings.Count > 0);
        }

        private static string Describe(JournalEntry entry) => entry.State switch
        {
            JournalEvent.Confirmed => "confirmed as " + entry.SmartGiftOrderId + " on " + entry.Day,
            JournalEvent.Failed => (entry.Permanent ? "refused" : "not processed (a rerun sends it again)") + " on " + entry.Day + ": " + entry.Message,
            JournalEvent.Sending => "sent on " + entry.Day + " with no answer recorded (the run was interrupted): " + ResumeDecision.RetryUnknownHint,
            JournalEvent.Released => "released for retry on " + entry.Day + (entry.Decision == "absent" ? " (settled: not in Smart Gift)" : "") + " and not sent again yet",
            JournalEvent.Settled => "settled by the operator on " + entry.Day + " (" + entry.Decision + "): never sent again",
            _ => "unknown since " + entry.Day + ": " + entry.Message + "; " + ResumeDecision.RetryUnknownHint,
        };

        private static string Join(string? a, string b) => string.IsNullOrEmpty(a) ? b : a + "; " + b;

        private ReconciliationRow Count(ReconciliationRow row, bool warned)
        {
            switch (row.Status)
            {
                case ReconciliationStatus.Confirmed: Summary.Confirmed++; break;
                case ReconciliationStatus.Failed: Summary.Failed++; break;
                case ReconciliationStatus.Unknown: Summary.Unknown++; break;
                case ReconciliationStatus.NotSent: Summary.NotSent++; break;
                case ReconciliationStatus.Conflict: Summary.Conflicts++; break;
                default: Summary.NotInSource++; break;
            }
            if (warned) Summary.CatalogueWarnings++;
            return row;
        }
    }
}

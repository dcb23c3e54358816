using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SmartGift.Journal;
using SmartGift.Sales;

namespace SmartGift.Bulk
{
    /// <summary>
    /// A bulk sale run, push-based so that a cmdlet's ProcessRecord and a CLI loop drive it the
    /// same way. Rows are grouped into orders (consecutive OrderId), validated, journaled and
    /// sent with up to MaxConcurrency requests in flight. Results come back in input order, on the
    /// caller's thread, from Add and Complete. Memory stays bounded: Add blocks when the window is full.
    /// </summary>
    public sealed class SaleImport : IDisposable
    {
        private readonly SmartGiftSession _session;
        private readonly SaleImportOptions _options;
        private readonly ImportJournal? _journal;
        private readonly ImportRun<OrderResult> _run;
        private readonly JournaledCall _call;
        private readonly OrderIdRegister _orderIds = new OrderIdRegister();
        private readonly OrderAssembler _assembler;
        private int _carts;
        private Reconciliation.CatalogueCheck? _catalogue;
        private bool _catalogueRead;
        private bool _completed;
        private bool _disposed;

        public SaleImport(SmartGiftSession session, SaleImportOptions options)
        {
            _session = session ?? throw new ArgumentNullException(nameof(session));
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _assembler = new OrderAssembler(_orderIds);
            var resources = ImportResources<OrderResult>.Open(session, options.JournalPath, JournalKind.Sale, options.DryRun, options.MaxConcurrency, r => r.Status, options.StopOnFirstError);
            _journal = resources.Journal;
            _run = resources.Run;
            _call = resources.Call;
        }

        /// <summary>Adds one row; returns the events (results in input order, progress) ready now.</summary>
        public IReadOnlyList<ImportEvent> Add(SaleRow row, CancellationToken cancellationToken = default)
        {
            if (row == null) throw new ArgumentNullException(nameof(row));
            Begin(cancellationToken);
            if (!_run.Failed)
                foreach (var draft in _assembler.Add(row)) Queue(draft);
            return _run.Pump(cancellationToken);
        }

        /// <summary>Adds a whole cart (New-SgSale -Cart). Totals are filled in when zero and checked otherwise.</summary>
        public IReadOnlyList<ImportEvent> Add(SaleRequest sale, object? source, CancellationToken cancellationToken = default)
        {
            if (sale == null) throw new ArgumentNullException(nameof(sale));
            Begin(cancellationToken);
            if (!_run.Failed)
            {
                // A cart ends the row order being assembled, so results stay in input order.
                foreach (var draft in _assembler.Complete()) Queue(draft);
                var location = "cart " + ++_carts;
                SaleValidator.FillTotals(sale);
                var problems = SaleValidator.Validate(sale, location).ToList();
                // Rows are checked by the assembler; a cart's id is registered in the same register.
                var id = (sale.OrderId ?? "").Trim();
                if (id.Length > 0 && !_orderIds.TryRegister(id, new RecordPlace(RecordPlaceKind.Cart, _carts), out var firstSeen))
                    problems.Add(new RecordProblem(location, "order_id", "order_id '" + id + "' was already used at " + firstSeen + " in this run; each order needs its own order_id"));
                var total = sale.Cart?.Totals?.Total;
                var result = NewResult(sale.OrderId ?? "", total, sale.Cart?.Items?.Count ?? 0, source == null ? Array.Empty<object>() : new[] { source });
                Queue(result, problems.Count == 0 ? sale : null, problems, location);
            }
            return _run.Pump(cancellationToken);
        }

        /// <summary>
        /// Ends the input: flushes the last order and yields every remaining event as it happens,
        /// until all are done. After cancellation, requests already in flight finish and are
        /// journaled; nothing new is sent.
        /// </summary>
        public IEnumerable<ImportEvent> Complete(CancellationToken cancellationToken = default)
        {
            if (!_completed)
            {
                _completed = true;
                if (cancellationToken.IsCancellationRequested) _run.Cancel();
                // Even after cancellation the last order is reported (as not sent), never dropped.
                if (!_run.Failed)
                    foreach (var draft in _assembler.Complete()) Queue(draft);
            }
            return _run.Finish(cancellationToken);
        }

        public ImportSummary Summary => _run.Summary;

        /// <summary>Why sending stopped early (an outage), or null: hosts show it with the summary.</summary>
        public string? StopReason => _run.StopReason;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            _run.Dispose();
            _journal?.Dispose();
        }

        private void Begin(CancellationToken cancellationToken)
        {
            if (_completed) throw new InvalidOperationException("Complete has been called: this import takes no more input.");
            cancellationToken.ThrowIfCancellationRequested();
            _run.ThrowIfFatal();
        }

        private void Queue(OrderDraft draft)
        {
            var result = NewResult(draft.OrderId, draft.Total, draft.Items, draft.Rows.Select(r => r.Source ?? r).ToList());
            Queue(result, draft.Sale, draft.Problems, draft.Location, draft.Rows);
        }

        private static OrderResult NewResult(string orderId, decimal? total, int items, IReadOnlyList<object> sources) =>
            new OrderResult { OrderId = orderId, Total = total, Items = items, SourceRows = sources };

        private void Queue(OrderResult result, SaleRequest? sale, IReadOnlyList<RecordProblem> problems, string location, IReadOnlyList<SaleRow>? rows = null)
        {
            if (sale == null || problems.Count > 0)
            {
                Refuse(result, problems, location);
                return;
            }
            var key = sale.OrderId.Trim();
            var hash = RecordKey.SaleHash(sale);
            var entry = _journal?.Contents.Find(key);
            // Per-field hashes only where they are used (a journal entry to compare with, a send):
            // hashing every field of every order was most of a large dry run's time.
            var decision = ResumeDecision.Decide(entry, hash, _options.RetryUnknown, e => e.SmartGiftOrderId ?? "(no id recorded)",
                entry == null ? null : RecordKey.LegacySaleHash(sale), entry == null ? null : RecordKey.SaleFields(sale));
            result.SmartGiftOrderId = decision.Entry?.State == JournalEvent.Confirmed ? decision.Entry.SmartGiftOrderId : null;
            if (rows != null && rows.Count > 0 && _options.CheckCatalogue && !_run.Cancelled
                && (decision.Action == ResumeAction.Send || decision.Action == ResumeAction.ReleaseAndSend))
            {
                var catalogue = Catalogue();
                if (catalogue != null)
                {
                    var refused = catalogue.Problems(rows);
                    if (refused.Count > 0)
                    {
                        Refuse(result, refused, location);
                        return;
                    }
                    result.Warnings = catalogue.PriceWarnings(rows);
                }
            }
            var gate = SendGate.Check(decision, _run.Cancelled, _options.DryRun, () => _options.Approve == null || _options.Approve(sale));
            if (!gate.Send)
            {
                Settle(result, gate.Status, gate.Detail, gate.Error);
                return;
            }
            var release = decision.Action == ResumeAction.ReleaseAndSend;
            _run.Enqueue(ImportSlot<OrderResult>.ToSend(
                stop => SendAsync(sale, key, hash, RecordKey.SaleFields(sale), release, decision.Detail, result, stop, rows ?? Array.Empty<SaleRow>(), location),
                (status, detail, error) => Mark(result, status, detail, error)));
        }

        /// <summary>The session's catalogue and payment methods, read once on the caller's thread; null (no check, with a note) when they cannot be read.</summary>
        private Reconciliation.CatalogueCheck? Catalogue()
        {
            if (_catalogueRead) return _catalogue;
            _catalogueRead = true;
            try
            {
                var vouchers = _session.GetVouchersAsync(false, CancellationToken.None).ConfigureAwait(false).GetAwaiter().GetResult();
                var methods = _session.GetPaymentMethodsAsync(false, CancellationToken.None).ConfigureAwait(false).GetAwaiter().GetResult();
                _catalogue = new Reconciliation.CatalogueCheck(vouchers, methods);
            }
            catch (SmartGiftException e)
            {
                if (e.Kind == SmartGiftErrorKind.Unauthenticated) _run.Stop(e);
                else _run.Note("the catalogue could not be read (" + e.Error.Message + "); vouchers and payment methods are not checked before sending");
            }
            return _catalogue;
        }

        private void Refuse(OrderResult result, IReadOnlyList<RecordProblem> problems, string location)
        {
            result.Problems = problems;
            var id = result.OrderId.Length == 0 ? "without order_id" : "'" + result.OrderId + "'";
            var message = "Order " + id + " (" + location + ") was not sent: " + string.Join("; ", problems.Select(p => p.ToString()));
            Settle(result, RecordStatus.Failed, "not sent: refused before sending", new SmartGiftError(SmartGiftErrorKind.Validation, message));
        }

        private void Settle(OrderResult result, RecordStatus status, string? detail, SmartGiftError? error) =>
            _run.Enqueue(ImportSlot<OrderResult>.Done(Mark(result, status, detail, error)));

        private static OrderResult Mark(OrderResult result, RecordStatus status, string? detail, SmartGiftError? error)
        {
            result.Status = status;
            result.Detail = detail;
            result.Error = error;
            return result;
        }

        private async Task<SendOutcome<OrderResult>> SendAsync(SaleRequest sale, string key, string hash, IReadOnlyDictionary<string, string> fields, bool release, string? priorDetail, OrderResult result, CancellationToken stop, IReadOnlyList<SaleRow> rows, string location)
        {
            var sending = new JournalLine { Key = key, Hash = hash, Amount = sale.Cart.Totals?.Total, Items = sale.Cart.Items.Count, Fields = fields };
            var outcome = await _call.SendAsync(sending, release,
                hooks => _session.Client.SellAsync(sale, hooks, CancellationToken.None),
                response => result.SmartGiftOrderId = response.OrderId,
                response => new JournalLine { SmartGiftOrderId = response.OrderId },
                priorDetail, stop).ConfigureAwait(false);
            var error = outcome.Error;
            var detail = outcome.Detail;
            if (error != null && outcome.Status == RecordStatus.Failed && error.FieldErrors.Count > 0)
            {
                // Every field error of the answer, each at its line and column (issue 10, finding 13).
                result.Problems = SaleFieldLocator.Locate(error.FieldErrors, rows, location);
                error = new SmartGiftError(error.Kind,
                    "Order '" + result.OrderId + "' (" + location + ") was refused by Smart Gift: " + string.Join("; ", result.Problems.Select(p => p.ToString())),
                    error.FieldErrors, error.StatusCode, error.RequestMethod, error.RequestPath);
                detail = "refused by Smart Gift: " + string.Join("; ", result.Problems.Select(p => p.ToString()));
            }
            return new SendOutcome<OrderResult>(Mark(result, outcome.Status, detail, error), outcome.Error, outcome.Fatal);
        }
    }
}

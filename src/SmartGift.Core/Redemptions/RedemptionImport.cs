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
    /// Bulk (or one-off) redemptions, driven like SaleImport: Add per row, then Complete. Each row
    /// is one /redeem call, journaled under its reference, or, without one, under a hash of its
    /// content and its occurrence number among identical rows (docs/journal.md).
    /// </summary>
    public sealed class RedemptionImport : IDisposable
    {
        private readonly SmartGiftSession _session;
        private readonly RedemptionImportOptions _options;
        private readonly ImportJournal? _journal;
        private readonly ImportRun<RedemptionResult> _run;
        private readonly JournaledCall _call;
        private readonly RecordKey.Occurrences _occurrences = new RecordKey.Occurrences();
        private readonly HashSet<string> _keys = new HashSet<string>(StringComparer.Ordinal);
        private IReadOnlyList<Voucher>? _catalogue;
        private bool _completed;
        private bool _disposed;

        public RedemptionImport(SmartGiftSession session, RedemptionImportOptions options)
        {
            _session = session ?? throw new ArgumentNullException(nameof(session));
            _options = options ?? throw new ArgumentNullException(nameof(options));
            var resources = ImportResources<RedemptionResult>.Open(session, options.JournalPath, JournalKind.Redemption, options.DryRun, options.MaxConcurrency, r => r.Status, options.StopOnFirstError);
            _journal = resources.Journal;
            _run = resources.Run;
            _call = resources.Call;
        }

        public IReadOnlyList<ImportEvent> Add(RedemptionRow row, CancellationToken cancellationToken = default)
        {
            if (row == null) throw new ArgumentNullException(nameof(row));
            if (_completed) throw new InvalidOperationException("Complete has been called: this import takes no more input.");
            cancellationToken.ThrowIfCancellationRequested();
            _run.ThrowIfFatal();
            if (!_run.Failed) Queue(row, cancellationToken);
            return _run.Pump(cancellationToken);
        }

        public IEnumerable<ImportEvent> Complete(CancellationToken cancellationToken = default)
        {
            _completed = true;
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

        private void Queue(RedemptionRow row, CancellationToken cancellationToken)
        {
            var (key, legacyKey) = _occurrences.KeysFor(row);
            // A version 1.0 journal keyed this row by its value as written ("10"): keep its history under that key.
            if (legacyKey != null && _journal?.Contents.Find(key) == null && _journal?.Contents.Find(legacyKey) != null) key = legacyKey;
            var result = new RedemptionResult
            {
                Reference = key,
                VoucherNumber = (row.VoucherNumber ?? "").Trim(),
                SiteId = string.IsNullOrWhiteSpace(row.SiteId) ? _session.DefaultSiteId : row.SiteId!.Trim(),
                SourceRow = row.Source ?? row.VoucherNumber,
            };

            var plan = RedemptionPlanner.Plan(row, _catalogue, _session.DefaultSiteId);
            if (plan.NeedsCatalogue)
            {
                var catalogueError = LoadCatalogue(cancellationToken);
                if (catalogueError != null)
                {
                    Settle(result, RecordStatus.Failed, "not sent: the catalogue (GET /vouchers) is needed to read experience names and could not be fetched", catalogueError);
                    return;
                }
                plan = RedemptionPlanner.Plan(row, _catalogue, _session.DefaultSiteId);
            }
            result.Experiences = plan.ExperienceNames;
            var request = plan.Request;
            if (request == null || plan.Problems.Count > 0)
            {
                result.Problems = plan.Problems;
                var message = "Redemption " + (result.VoucherNumber.Length == 0 ? "" : "of " + result.VoucherNumber + " ") + "(" + row.Location + ") was not sent: "
                    + string.Join("; ", plan.Problems.Select(p => p.ToString()));
                Settle(result, RecordStatus.Failed, "not sent: refused before sending", new SmartGiftError(SmartGiftErrorKind.Validation, message));
                return;
            }
            result.SiteId = request.SiteId;
            result.Amount = request.Amount;
            result.ExperienceBits = request.ExperienceBits;
            result.Value = request.Amount ?? request.ExperienceBits;
            result.Sent = RedemptionTruth.Sent(request, result.Experiences);

            if (!_keys.Add(key))
            {
                result.Problems = new[] { new RecordProblem(row.Location, "reference", "reference '" + key + "' was already used earlier in this run; each redemption needs its own reference") };
                Settle(result, RecordStatus.Failed, "not sent: refused before sending", new SmartGiftError(SmartGiftErrorKind.Validation, "Redemption (" + row.Location + ") was not sent: " + result.Problems[0].Message));
                return;
            }

            var hash = RecordKey.RedemptionHash(request);
            var fields = RecordKey.RedemptionFields(request);
            var decision = ResumeDecision.Decide(_journal?.Contents.Find(key), hash, _options.RetryUnknown,
                e => e.RedemptionIds.Count == 0 ? "redeemed" : "redemption " + string.Join(", ", e.RedemptionIds), null, fields);
            if (decision.Entry?.State == JournalEvent.Confirmed) result.RedemptionIds = decision.Entry.RedemptionIds;
            var gate = SendGate.Check(decision, _run.Cancelled, _options.DryRun, () => _options.Approve == null || _options.Approve(request));
            if (!gate.Send)
            {
                Settle(result, gate.Status, gate.Detail, gate.Error);
                return;
            }
            var release = decision.Action == ResumeAction.ReleaseAndSend;
            _run.Enqueue(ImportSlot<RedemptionResult>.ToSend(
                stop => SendAsync(request, key, hash, fields, release, decision.Detail, result, stop),
                (status, detail, error) => Mark(result, status, detail, error)));
        }

        /// <summary>Fetched once per run, on the caller's thread, only when a row names experiences.</summary>
        private SmartGiftError? LoadCatalogue(CancellationToken cancellationToken)
        {
            if (_catalogue != null) return null;
            try
            {
                _catalogue = _session.GetVouchersAsync(false, cancellationToken).ConfigureAwait(false).GetAwaiter().GetResult();
                return null;
            }
            catch (SmartGiftException e)
            {
                if (e.Kind == SmartGiftErrorKind.Unauthenticated) _run.Stop(e);
                return e.Error;
            }
        }

        private void Settle(RedemptionResult result, RecordStatus status, string? detail, SmartGiftError? error) =>
            _run.Enqueue(ImportSlot<RedemptionResult>.Done(Mark(result, status, detail, error)));

        private static RedemptionResult Mark(RedemptionResult result, RecordStatus status, string? detail, SmartGiftError? error)
        {
            result.Status = status;
            result.Detail = detail;
            result.Error = error;
            return result;
        }

        private async Task<SendOutcome<RedemptionResult>> SendAsync(RedeemRequest request, string key, string hash, IReadOnlyDictionary<string, string> fields, bool release, string? priorDetail, RedemptionResult result, CancellationToken stop)
        {
            var sending = new JournalLine
            {
                Key = key,
                Hash = hash,
                VoucherNumber = request.VoucherNumber,
                SiteId = request.SiteId,
                Amount = request.Amount,
                ExperienceBits = request.ExperienceBits,
                Fields = fields,
            };
            var outcome = await _call.SendAsync(sending, release,
                hooks => _session.Client.RedeemAsync(request, hooks, CancellationToken.None),
                response =>
                {
                    result.RedemptionIds = response.RedemptionIds;
                    result.Message = response.Message;
                    result.Contradiction = RedemptionTruth.Contradiction(request, response.RedemptionIds.Count);
                },
                response => new JournalLine { RedemptionIds = response.RedemptionIds, Note = result.Contradiction == null ? null : "contradiction: " + result.Contradiction },
                priorDetail, stop).ConfigureAwait(false);
            if (outcome.Attempted && outcome.Error != null) result.Message = outcome.Error.Message;
            return new SendOutcome<RedemptionResult>(Mark(result, outcome.Status, outcome.Detail, outcome.Error), outcome.Error, outcome.Fatal);
        }
    }
}

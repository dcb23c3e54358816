using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Bulk;
using SmartGift.Cli.Output;
using SmartGift.Cli.Running;

namespace SmartGift.Cli.Demo
{
    /// <summary>
    /// The narrated tour against the in-process simulator: catalogue, import with a bad row,
    /// a rerun that sends nothing twice, hold then redeem, experiences by name, a documented
    /// refusal, and the reconciliation. Each step checks what it shows.
    /// </summary>
    public sealed class DemoScript
    {
        private readonly CommandContext _context;
        private readonly SmartGiftSession _session;
        private readonly MockServerProbe _probe;
        private readonly string _workFolder;
        private readonly DemoChecks _checks;

        public DemoScript(CommandContext context, SmartGiftSession session, MockServerProbe probe, string workFolder)
        {
            _context = context;
            _session = session;
            _probe = probe;
            _workFolder = workFolder;
            _checks = new DemoChecks(context);
        }

        public async Task<IReadOnlyList<string>> RunAsync()
        {
            await CatalogueAsync().ConfigureAwait(false);
            var sample = DemoSample.Locate(_workFolder);
            var journal = Path.Combine(_workFolder, "sales.journal.jsonl");
            var confirmed = await ImportAsync(sample, journal).ConfigureAwait(false);
            await RerunAsync(sample, journal).ConfigureAwait(false);
            HoldThenRedeem();
            RedeemExperiences();
            DocumentedRefusal();
            await ReconcileAsync(sample, journal, confirmed).ConfigureAwait(false);
            return _checks.Failed;
        }

        private void Step(string title)
        {
            _context.Note("");
            _context.Note("== " + title + " ==");
        }

        private async Task CatalogueAsync()
        {
            Step("1. The catalogue (GET /vouchers, GET /payment-methods)");
            var vouchers = await _session.GetVouchersAsync(refresh: true, _context.Cancellation).ConfigureAwait(false);
            using (var writer = _context.CreateWriter(streaming: false))
            {
                foreach (var voucher in vouchers) writer.Write(ResultRecords.Voucher(voucher));
                writer.Complete();
            }
            var methods = await _session.GetPaymentMethodsAsync(refresh: true, _context.Cancellation).ConfigureAwait(false);
            using (var writer = _context.CreateWriter(streaming: false))
            {
                foreach (var method in methods) writer.Write(ResultRecords.PaymentMethod(method));
                writer.Complete();
            }
            _checks.Expect(vouchers.Any(v => v.Type == VoucherType.Experience && v.Experiences.Count > 0), "the catalogue lists vouchers, with an experience voucher and its experiences");
        }

        private async Task<int> ImportAsync(string sample, string journal)
        {
            Step("2. Import " + Path.GetFileName(sample) + " (POST /pos-sale), journal " + journal);
            var before = await _probe.CountOrdersAsync(_context.Cancellation).ConfigureAwait(false);
            var results = new List<OrderResult>();
            SaleImportRun.Run(_context, _session, sample, new SaleImportOptions { JournalPath = journal }, e => { if (e is OrderResult r) results.Add(r); });
            var after = await _probe.CountOrdersAsync(_context.Cancellation).ConfigureAwait(false);

            var confirmed = results.Count(r => r.Status == RecordStatus.Confirmed);
            var refused = results.Where(r => r.Status == RecordStatus.Failed && r.Problems.Count > 0).ToList();
            foreach (var problem in refused.SelectMany(r => r.Problems))
                _context.Note("  The invalid row, refused before sending: " + problem + ". The run carried on.");
            _checks.Expect(confirmed > 0, confirmed + " orders confirmed by Smart Gift");
            _checks.Expect(refused.Count > 0 && refused.SelectMany(r => r.Problems).All(p => p.Location.StartsWith("line ", StringComparison.Ordinal)),
                "the invalid row's error names its line and column, and the other orders went on");
            _checks.Expect(after - before == confirmed, "the server now holds " + (after - before) + " new orders (" + before + " before, " + after + " after)");
            return confirmed;
        }

        private async Task RerunAsync(string sample, string journal)
        {
            Step("3. The same import again, with the same journal: nothing is sent twice");
            var ordersBefore = await _probe.CountOrdersAsync(_context.Cancellation).ConfigureAwait(false);
            var postsBefore = await _probe.CountRequestsAsync("POST", _session.Client.Options.SalePath, _context.Cancellation).ConfigureAwait(false);
            SaleImportRun.Run(_context, _session, sample, new SaleImportOptions { JournalPath = journal });
            var ordersAfter = await _probe.CountOrdersAsync(_context.Cancellation).ConfigureAwait(false);
            var postsAfter = await _probe.CountRequestsAsync("POST", _session.Client.Options.SalePath, _context.Cancellation).ConfigureAwait(false);
            _context.Note("  GET /_mock/orders: " + ordersBefore + " orders before the rerun, " + ordersAfter + " after; the server saw "
                + (postsAfter - postsBefore) + " sale requests during the rerun (" + postsBefore + " in all before it).");
            _checks.Expect(ordersAfter == ordersBefore && postsAfter == postsBefore, "the rerun sent nothing: no request reached the server, no order was created twice");
        }

        private void HoldThenRedeem()
        {
            Step("4. Hold DEMO000001 (POST /redeem/hold), then redeem 10.00 with the hold token");
            var hold = _session.Client.HoldAsync("DEMO000001", _context.Cancellation).GetAwaiter().GetResult();
            using (var writer = _context.CreateWriter(streaming: false))
            {
                writer.Write(ResultRecords.Hold(hold));
                writer.Complete();
            }
            _context.Note("  Holds expire after five minutes; the API has no call to release one.");
            var result = Redeem(new RedemptionRow { RowNumber = 1, VoucherNumber = "DEMO000001", SiteId = "1", Value = "10.00", HoldToken = hold.HoldToken }, "Redeeming DEMO000001");
            _checks.Expect(result?.Status == RecordStatus.Confirmed && result.RedemptionIds.Count > 0, "DEMO000001: 10.00 redeemed with the hold token");
        }

        private void RedeemExperiences()
        {
            Step("5. Redeem experiences by name from DEMO000006: \"Spa Access\" and \"Massage\"");
            var result = Redeem(new RedemptionRow { RowNumber = 1, VoucherNumber = "DEMO000006", SiteId = "1", ExperienceNames = new[] { "Spa Access", "Massage" } }, "Redeeming DEMO000006");
            _checks.Expect(result?.Status == RecordStatus.Confirmed && result.ExperienceBits == 5, "DEMO000006: Spa Access (1) + Massage (4) sent as value 5 and redeemed");
        }

        private void DocumentedRefusal()
        {
            Step("6. A documented refusal: DEMO000004 has expired");
            var result = Redeem(new RedemptionRow { RowNumber = 1, VoucherNumber = "DEMO000004", SiteId = "1", Value = "5.00" }, "Redeeming DEMO000004");
            if (result?.Error != null) _context.Note("  Smart Gift said: " + result.Error.Message + " (" + result.Error.Kind + ")");
            _checks.Expect(result?.Status == RecordStatus.Failed && result.Error?.Kind == SmartGiftErrorKind.VoucherExpired, "DEMO000004 refused as VoucherExpired, reported as such");
        }

        private async Task ReconcileAsync(string sample, string journal, int confirmed)
        {
            Step("7. Reconcile the CSV with the journal and the catalogue");
            var catalogue = await _session.GetVouchersAsync(refresh: false, _context.Cancellation).ConfigureAwait(false);
            var methods = await _session.GetPaymentMethodsAsync(refresh: false, _context.Cancellation).ConfigureAwait(false);
            var reconciliation = new SaleReconciliation(journal, catalogue, methods);
            using (var reader = SaleCsvReader.Open(sample))
            using (var writer = _context.CreateWriter(streaming: false))
            {
                foreach (var row in reader.ReadRows())
                    foreach (var result in reconciliation.Add(row)) writer.Write(ResultRecords.Reconciliation(result));
                foreach (var result in reconciliation.Complete()) writer.Write(ResultRecords.Reconciliation(result));
                writer.Complete();
            }
            var summary = reconciliation.Summary;
            _context.Note("Reconciliation: " + summary + (summary.NeedsAttention ? " - needs attention (the invalid row was never sent)" : " - all settled"));
            _checks.Expect(summary.Confirmed == confirmed && summary.Unknown == 0 && (summary.Failed + summary.NotSent) > 0,
                "the reconciliation confirms the " + confirmed + " imported orders and flags the invalid row");
        }

        private RedemptionResult? Redeem(RedemptionRow row, string activity)
        {
            RedemptionResult? seen = null;
            RedemptionRun.Run(_context, _session, new[] { row }, new RedemptionImportOptions { MaxConcurrency = 1 }, activity,
                e => { if (e is RedemptionResult r) seen = r; });
            return seen;
        }
    }
}

namespace SmartGift.Commands
{
    /// <summary>
    /// Reconciles source rows (the same CSV New-SgSale imported) with the import's journal: which
    /// orders reached Smart Gift, failed, are unknown or were never sent. When a session is
    /// available it also flags rows naming a voucher or payment method not active in the catalogue.
    /// Sends nothing.
    /// </summary>
    [Cmdlet(VerbsData.Compare, "SgSale", HelpUri = HelpLinks.Pages + "Compare-SgSale.md", DefaultParameterSetName = RowSet)]
    [OutputType(typeof(ReconciliationRow), typeof(ReconciliationSummary))]
    public sealed class CompareSgSaleCommand : SaleRowCommand
    {
        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        [Alias("order_id")]
        public string? OrderId { get; set; }

        /// <summary>A journal of the import (optional): its orders missing from the source are listed too. The session's ledger is always read.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? JournalPath { get; set; }

        /// <summary>Output only the ReconciliationSummary (for scheduled tasks), not a row per order.</summary>
        [Parameter]
        public SwitchParameter Summary { get; set; }

        private SaleReconciliation? _reconciliation;

        protected override void BeginProcessing()
        {
            IReadOnlyList<Voucher>? catalogue = null;
            IReadOnlyList<PaymentMethod>? methods = null;
            var session = OptionalSession();
            if (session != null)
            {
                WatchRateLimit(session);
                try
                {
                    catalogue = Await(session.GetVouchersAsync(false, Cancellation));
                    methods = Await(session.GetPaymentMethodsAsync(false, Cancellation));
                }
                catch (SmartGiftException e)
                {
                    // The journal comparison still works without the catalogue.
                    WriteWarning("Catalogue not checked (session '" + session.Name + "'): " + e.Error.Message);
                    catalogue = null;
                    methods = null;
                }
            }
            else
            {
                WriteVerbose("Not connected: the catalogue is not checked.");
            }
            if (session == null && JournalPath == null)
                ThrowTerminatingError(new ErrorRecord(new InvalidOperationException("Compare-SgSale reads the company's ledger: connect first (Connect-SgService), or give the import's -JournalPath."),
                    "NothingToCompare", ErrorCategory.InvalidOperation, null));
            var journal = JournalPath == null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(JournalPath);
            try
            {
                _reconciliation = new SaleReconciliation(journal, session == null ? null : LedgerLocation.For(session.Client.Options), catalogue, methods);
            }
            catch (System.IO.IOException e)
            {
                ThrowJournalError(e, journal);
            }
        }

        protected override void ProcessRecord()
        {
            Write(_reconciliation!.Add(NextRow()));
        }

        protected override void EndProcessing()
        {
            Write(_reconciliation!.Complete());
            CompleteStatus();
            var summary = _reconciliation.Summary;
            WriteInformation("Compare-SgSale: " + summary, new[] { "SmartGift", "Summary" });
            if (Summary) WriteObject(summary);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _reconciliation?.Dispose();
            base.Dispose(disposing);
        }

        private void Write(IReadOnlyList<ReconciliationRow> rows)
        {
            foreach (var row in rows)
            {
                if (Summary) WriteVerbose(row.OrderId + ": " + row.Status + (row.Detail == null ? "" : " (" + row.Detail + ")"));
                else WriteObject(row);
            }
        }
    }
}

namespace SmartGift.Bulk
{
    /// <summary>How a bulk import runs; one class for sales (TRequest = SaleRequest) and redemptions (RedeemRequest).</summary>
    public sealed class ImportOptions<TRequest> where TRequest : class
    {
        /// <summary>JSON Lines journal (DESIGN 6). Null: no journal (interactive use); nothing then protects a rerun.</summary>
        public string? JournalPath { get; set; }

        /// <summary>Re-send records the journal says are Unknown: only after the operator has checked them.</summary>
        public bool RetryUnknown { get; set; }

        /// <summary>Validate everything, send nothing, write no journal.</summary>
        public bool DryRun { get; set; }

        /// <summary>Requests overlapped inside the governor's budget.</summary>
        public int MaxConcurrency { get; set; } = 4;

        /// <summary>
        /// Asked on the caller's thread (from Add/Complete) before each valid record is queued; false
        /// skips it. PowerShell hosts pass ShouldProcess here.
        /// </summary>
        public Func<TRequest, bool>? Approve { get; set; }

        /// <summary>
        /// Sales: refuse, before sending, orders naming a voucher that is unknown, hidden or disabled,
        /// or an unknown payment method, in the session's catalogue (fetched once per session), and
        /// warn about prices far from the catalogue's. False when the catalogue is known to be stale.
        /// Redemptions read the catalogue only to resolve experience names, whatever this says.
        /// </summary>
        public bool CheckCatalogue { get; set; } = true;

        /// <summary>
        /// The host ends on the first failed record (-ErrorAction Stop): records go one at a time,
        /// each only after the one before it was handed back, and nothing after a failure is sent.
        /// </summary>
        public bool StopOnFirstError { get; set; }
    }
}

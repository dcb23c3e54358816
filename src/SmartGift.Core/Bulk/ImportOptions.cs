namespace SmartGift;

/// <summary>How a bulk import runs; one class for sales (TRequest = SaleRequest) and redemptions (RedeemRequest).</summary>
public sealed class ImportOptions<TRequest> where TRequest : class
{
    /// <summary>
    /// A readable JSON Lines file of this run (docs/journal.md), also taken into the ledger when it
    /// exists. Not what makes a rerun safe: the ledger does that.
    /// </summary>
    public string? JournalPath { get; set; }

    /// <summary>
    /// Consult and write the company's ledger (DESIGN 6): on by default. False only for tests and
    /// one-off scripts: then nothing but a journal protects a rerun.
    /// </summary>
    public bool UseLedger { get; set; } = true;

    /// <summary>The file the records come from (a path, "standard input", "pipeline"): recorded in the ledger beside each record.</summary>
    public string? Source { get; set; }

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

namespace SmartGift;

/// <summary>One redemption compared between the source rows and the ledger (Compare-SgRedemption, smartgift reconcile).</summary>
public sealed class RedemptionReconciliationRow
{
    private IReadOnlyList<string> _redemptionIds = Array.Empty<string>();

    /// <summary>The record's key: the row's reference, or "row:hash#n" for a row without one (docs/journal.md).</summary>
    public string Reference { get; set; } = "";
    public string VoucherNumber { get; set; } = "";
    /// <summary>The money asked for; null for experiences (or an unreadable value).</summary>
    public decimal? Amount { get; set; }
    /// <summary>Where the row is in the source ("line 4"); null for a record only the journal has.</summary>
    public string? Line { get; set; }
    public ReconciliationStatus Status { get; set; }
    public IReadOnlyList<string> RedemptionIds { get => _redemptionIds; set => _redemptionIds = value ?? Array.Empty<string>(); }
    /// <summary>Confirmed, but Smart Gift's answer contradicts the request (DESIGN 16): check it, then settle it.</summary>
    public string? Contradiction { get; set; }
    /// <summary>True when a person must act: Failed, Unknown, NotSent, Conflict, or a contradiction.</summary>
    public bool NeedsAttention => Contradiction != null || Status == ReconciliationStatus.Failed || Status == ReconciliationStatus.Unknown
        || Status == ReconciliationStatus.NotSent || Status == ReconciliationStatus.Conflict;
    public string? Detail { get; set; }

    /// <summary>The columns of the problems that refused it before sending: what the report names instead of the values (customers' details stay out of it).</summary>
    internal IReadOnlyList<string> ProblemFields { get; set; } = Array.Empty<string>();
}

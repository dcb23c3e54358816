namespace SmartGift;

/// <summary>One record of a journal as an operator sees it (smartgift journal list, Get-SgJournalRecord).</summary>
public sealed class JournalRecord
{
    /// <summary>"sale" or "redemption".</summary>
    public string Kind { get; set; } = "";
    /// <summary>The order id (sales), the reference or "row:..." key (redemptions): what settle takes.</summary>
    public string Key { get; set; } = "";
    /// <summary>Confirmed, Contradicted (redeemed, but the answer contradicts the request), Failed, NotSent, Unknown, Released (sent by the next run) or Settled (never sent again).</summary>
    public string State { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public decimal? Amount { get; set; }
    public string? SmartGiftOrderId { get; set; }
    public IReadOnlyList<string> RedemptionIds { get; set; } = Array.Empty<string>();
    /// <summary>The operator's last decision: found, absent, release or drop.</summary>
    public string? Decision { get; set; }
    public string? Message { get; set; }
    /// <summary>Unknown, refused and not settled, or contradicted by Smart Gift's answer: a person must decide.</summary>
    public bool NeedsAttention { get; set; }
    /// <summary>The file the record was last sent from (the ledger's), and its place there ("line 20").</summary>
    public string? Source { get; set; }
    public string? Location { get; set; }
}

/// <summary>What an operator decided about a record after checking the Smart Gift dashboard (DESIGN 6).</summary>
public enum JournalDecision
{
    /// <summary>It is in Smart Gift: never send it again (an Unknown that did arrive).</summary>
    Found,
    /// <summary>It is not in Smart Gift: the next run sends it.</summary>
    Absent,
    /// <summary>Send it again on the next run, without a finding (what --retry-unknown does for all).</summary>
    Release,
    /// <summary>Never send it (a refused record the operator gives up on): no longer reported as failed.</summary>
    Drop,
}

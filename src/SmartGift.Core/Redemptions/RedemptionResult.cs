namespace SmartGift;

/// <summary>One result per redemption (Invoke-SgRedeem, smartgift redeem).</summary>
public sealed class RedemptionResult : ImportEvent, IRecordResult
{
    private IReadOnlyList<RecordProblem> _problems = TextList<RecordProblem>.Empty;
    private IReadOnlyList<string> _redemptionIds = TextList<string>.Empty;
    private IReadOnlyList<string> _experiences = TextList<string>.Empty;
    private object? _sourceRow;

    public string Reference { get; set; } = "";
    public string VoucherNumber { get; set; } = "";
    public string? SiteId { get; set; }
    public RecordStatus Status { get; set; }
    /// <summary>The money asked for (-Value): what the value means on a monetary voucher.</summary>
    public decimal? Amount { get; set; }
    /// <summary>The bit_value sum asked for (-Experience): what the value means on an experience voucher.</summary>
    public long? ExperienceBits { get; set; }
    /// <summary>The experiences asked for (names), not a report of what Smart Gift applied (DESIGN 16).</summary>
    public IReadOnlyList<string> Experiences { get => _experiences; set => _experiences = TextList<string>.Of(value); }
    /// <summary>The one `value` field as sent: the API reads it as money or as experience bits by the voucher's kind, which the client cannot know.</summary>
    public decimal? Value { get; set; }
    /// <summary>What was sent and what it means on either kind of voucher, in words.</summary>
    public string? Sent { get; set; }
    /// <summary>Set when Smart Gift's answer contradicts the request (two experiences asked for, one redemption made).</summary>
    public string? Contradiction { get; set; }
    /// <summary>Status Contradicted: redeemed, but check it in the dashboard, the answer contradicts the request.</summary>
    public bool NeedsAttention => Contradiction != null;
    public IReadOnlyList<string> RedemptionIds { get => _redemptionIds; set => _redemptionIds = TextList<string>.Of(value); }
    public string? Message { get; set; }
    public SmartGiftError? Error { get; set; }
    public IReadOnlyList<RecordProblem> Problems { get => _problems; set => _problems = TextList<RecordProblem>.Of(value); }
    public string? Detail { get; set; }
    /// <summary>The source row (the CSV row, a piped object or the voucher number): error records' TargetObject. A method, not a property, so that exports leave the row's other columns out (see OrderResult.GetSourceRows).</summary>
    public object? GetSourceRow() => _sourceRow;

    internal void SetSourceRow(object? row) => _sourceRow = row;
}

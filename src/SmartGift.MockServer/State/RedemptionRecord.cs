namespace SmartGift.MockServer.State;

/// <summary>One redemption: a monetary amount, or one experience of an experience voucher.</summary>
internal sealed record RedemptionRecord
{
    public long Id { get; init; }
    public string VoucherNo { get; init; } = "";
    public string Company { get; init; } = "";
    public string SiteId { get; init; } = "";
    public string Type { get; init; } = "monetary";
    public decimal? Amount { get; init; }
    public long? ExperienceId { get; init; }
    public string? ExperienceName { get; init; }
    public int? BitValue { get; init; }
    public bool WithHoldToken { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

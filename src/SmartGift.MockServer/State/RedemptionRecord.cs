namespace SmartGift.MockServer.State;

/// <summary>One redemption: a monetary amount, or one experience of an experience voucher.</summary>
internal sealed class RedemptionRecord
{
    public long Id { get; set; }
    public string VoucherNo { get; set; } = "";
    public string Company { get; set; } = "";
    public string SiteId { get; set; } = "";
    public string Type { get; set; } = "monetary";
    public decimal? Amount { get; set; }
    public long? ExperienceId { get; set; }
    public string? ExperienceName { get; set; }
    public int? BitValue { get; set; }
    public bool WithHoldToken { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

namespace SmartGift.MockServer.State;

/// <summary>One redemption: a monetary amount, or one experience of an experience voucher.</summary>
internal sealed record RedemptionRecord(long Id, string VoucherNo, string Company, string SiteId, string Type, decimal? Amount,
    long? ExperienceId, string? ExperienceName, int? BitValue, bool WithHoldToken, DateTimeOffset CreatedAt);

using System;

namespace SmartGift.Testing;

/// <summary>A redemption record (GET /_mock/redemptions): a monetary amount or one experience.</summary>
public sealed record MockRedemption
{
    public long Id { get; init; }
    public string VoucherNo { get; init; } = "";
    public string Company { get; init; } = "";
    public string SiteId { get; init; } = "";

    /// <summary>monetary or experience.</summary>
    public string Type { get; init; } = "";
    public decimal? Amount { get; init; }
    public long? ExperienceId { get; init; }
    public string? ExperienceName { get; init; }
    public int? BitValue { get; init; }
    public bool WithHoldToken { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

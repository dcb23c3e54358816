using System;
using System.Collections.Generic;

namespace SmartGift.Testing;

/// <summary>A voucher as the mock server holds it (GET /_mock/vouchers): balance, experiences used, hold.</summary>
public sealed record MockIssuedVoucher
{
    public string VoucherNo { get; init; } = "";
    public string Company { get; init; } = "";

    /// <summary>monetary or experience.</summary>
    public string Type { get; init; } = "";
    public long? CatalogueId { get; init; }
    public string? OrderId { get; init; }
    public decimal Value { get; init; }

    /// <summary>Monetary vouchers only.</summary>
    public decimal? Balance { get; init; }
    public IReadOnlyList<MockVoucherExperience> Experiences { get; init; } = Array.Empty<MockVoucherExperience>();
    public int UsedBits { get; init; }
    public bool FullyRedeemed { get; init; }
    public DateTimeOffset? ValidFrom { get; init; }
    public DateTimeOffset? ValidUntil { get; init; }
    public DateTimeOffset? IssuedAt { get; init; }

    /// <summary>The active hold, if any (an expired hold shows as null).</summary>
    public MockHold? Hold { get; init; }
}

/// <summary>One experience of an experience voucher and whether it is used.</summary>
public sealed record MockVoucherExperience(long Id, string Name, int BitValue, bool Used);

/// <summary>An active hold on a voucher.</summary>
public sealed record MockHold(string HoldToken, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

using SmartGift.MockServer.Seed;

namespace SmartGift.MockServer.State;

/// <summary>A voucher that exists (seeded or sold): its balance or its experiences, validity and hold.</summary>
internal sealed class IssuedVoucher(string voucherNo, CompanyState company, bool isExperience)
{
    public string VoucherNo { get; } = voucherNo;
    public CompanyState Company { get; } = company;
    public bool IsExperience { get; } = isExperience;
    public long? CatalogueId { get; set; }
    public string? OrderId { get; set; }
    public DateTimeOffset? IssuedAt { get; set; }

    /// <summary>Monetary: face value; experience: the catalogue price.</summary>
    public decimal Value { get; set; }

    /// <summary>Monetary only: what is left to redeem.</summary>
    public decimal Balance { get; set; }

    public IReadOnlyList<SeedExperience> Experiences { get; set; } = Array.Empty<SeedExperience>();

    /// <summary>Experience only: the bit_values already used, OR-ed together.</summary>
    public int UsedBits { get; set; }

    public DateTimeOffset? ValidFrom { get; set; }
    public DateTimeOffset? ValidUntil { get; set; }
    public VoucherHold? Hold { get; set; }

    public int AllBits => Experiences.Aggregate(0, (bits, e) => bits | e.BitValue);

    public bool IsFullyRedeemed => IsExperience ? (AllBits & ~UsedBits) == 0 : Balance <= 0m;

    /// <summary>Outside the validity window, before it starts or after it ends.</summary>
    public bool IsOutsideValidityAt(DateTimeOffset now) =>
        (ValidFrom.HasValue && now < ValidFrom.Value) || (ValidUntil.HasValue && now > ValidUntil.Value);

    public VoucherHold? ActiveHoldAt(DateTimeOffset now) =>
        Hold != null && now < Hold.ExpiresAt ? Hold : null;
}

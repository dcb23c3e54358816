namespace SmartGift.MockServer.Seed;

// The seed schema (snake_case JSON, documented in docs/mock-server.md). The catalogue,
// payment and delivery entries are read-only after loading, so the state uses them as they are.

internal sealed class SeedDocument
{
    public List<SeedCompany> Companies { get; set; } = new List<SeedCompany>();

    /// <summary>Id of the first redemption record the server creates; ids increase globally.</summary>
    public long NextRedemptionId { get; set; } = 1;
}

internal sealed class SeedCompany
{
    public string Name { get; set; } = "";
    public List<string> ApiKeys { get; set; } = new List<string>();

    /// <summary>Prefix of the voucher numbers the company issues (prefix + 6 digits).</summary>
    public string VoucherPrefix { get; set; } = "";
    public List<SeedSite> Sites { get; set; } = new List<SeedSite>();
    public List<SeedCatalogueItem> Vouchers { get; set; } = new List<SeedCatalogueItem>();
    public List<SeedPaymentMethod> PaymentMethods { get; set; } = new List<SeedPaymentMethod>();
    public List<SeedDeliveryMethod> DeliveryMethods { get; set; } = new List<SeedDeliveryMethod>();
    public List<SeedIssuedVoucher> IssuedVouchers { get; set; } = new List<SeedIssuedVoucher>();
}

internal sealed record SeedSite(string Id = "", string Name = "");

internal sealed class SeedCatalogueItem
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string? Image { get; set; }
    public string Status { get; set; } = "active";
    public string Type { get; set; } = "monetary";
    public decimal Price { get; set; }
    public List<SeedExperience> Experiences { get; set; } = new List<SeedExperience>();
}

internal sealed record SeedExperience(long Id, string Name = "", int BitValue = 0);

internal sealed record SeedPaymentMethod(long Id, string Name = "");

/// <param name="Offline">Offline (posted) methods need the delivery name and address.</param>
internal sealed record SeedDeliveryMethod(long Id, string Name = "", decimal Price = 0m, bool Offline = false);

internal sealed class SeedIssuedVoucher
{
    public string VoucherNo { get; set; } = "";

    /// <summary>The catalogue entry it was sold from; an experience voucher takes its experiences from it.</summary>
    public long? CatalogueId { get; set; }
    public string Type { get; set; } = "monetary";

    /// <summary>Monetary: the face value (defaults to the catalogue price).</summary>
    public decimal? Value { get; set; }

    /// <summary>Monetary: what is left (defaults to the value).</summary>
    public decimal? Balance { get; set; }

    /// <summary>Experience: ids of the experiences already used.</summary>
    public List<long> UsedExperiences { get; set; } = new List<long>();

    /// <summary>Validity start/end in days relative to the clock at start or reset; null is open.</summary>
    public double? ValidFromDays { get; set; }
    public double? ValidUntilDays { get; set; }
}

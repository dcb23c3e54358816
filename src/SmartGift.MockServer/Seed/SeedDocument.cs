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

internal sealed record SeedCatalogueItem(long Id, string Name = "", string? Description = null, string? Image = null,
    string Status = "active", string Type = "monetary", decimal Price = 0m)
{
    public List<SeedExperience> Experiences { get; init; } = new List<SeedExperience>();
}

internal sealed record SeedExperience(long Id, string Name = "", int BitValue = 0);

internal sealed record SeedPaymentMethod(long Id, string Name = "");

/// <param name="Offline">Offline (posted) methods need the delivery name and address.</param>
internal sealed record SeedDeliveryMethod(long Id, string Name = "", decimal Price = 0m, bool Offline = false);

/// <param name="CatalogueId">The catalogue entry it was sold from; an experience voucher takes its experiences from it.</param>
/// <param name="Value">Monetary: the face value (defaults to the catalogue price).</param>
/// <param name="Balance">Monetary: what is left (defaults to the value).</param>
/// <param name="ValidFromDays">Validity start in days relative to the clock at start or reset; null is open.</param>
/// <param name="ValidUntilDays">Validity end, the same way.</param>
internal sealed record SeedIssuedVoucher(string VoucherNo = "", long? CatalogueId = null, string Type = "monetary",
    decimal? Value = null, decimal? Balance = null, double? ValidFromDays = null, double? ValidUntilDays = null)
{
    /// <summary>Experience: ids of the experiences already used.</summary>
    public List<long> UsedExperiences { get; init; } = new List<long>();
}

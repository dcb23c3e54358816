using SmartGift.MockServer.Seed;

namespace SmartGift.MockServer.Validation;

/// <summary>A sale that passed validation: what the order and its vouchers are made from.</summary>
internal sealed class SaleInput
{
    public string OrderId { get; set; } = "";
    public List<SaleItemInput> Items { get; } = new List<SaleItemInput>();
    public decimal Total { get; set; }
    public string? DeliveryDate { get; set; }
}

internal sealed record SaleItemInput(SeedCatalogueItem Catalogue, decimal Price);

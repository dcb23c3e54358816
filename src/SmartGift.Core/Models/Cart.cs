using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>The cart of a sale (document 000): items, totals, customer, delivery and payments.</summary>
public sealed class Cart
{
    [JsonPropertyName("items")] public List<CartItem> Items { get; set; } = new List<CartItem>();
    [JsonPropertyName("totals")] public CartTotals? Totals { get; set; }
    [JsonPropertyName("customer")] public Customer? Customer { get; set; }
    [JsonPropertyName("delivery")] public Delivery? Delivery { get; set; }
    [JsonPropertyName("payments")] public List<Payment> Payments { get; set; } = new List<Payment>();
}

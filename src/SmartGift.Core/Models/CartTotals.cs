using System.Text.Json.Serialization;

namespace SmartGift
{
    /// <summary>subtotal = item totals + delivery price; total = sum of payments (DESIGN 4).</summary>
    public sealed class CartTotals
    {
        [JsonPropertyName("total")] public decimal Total { get; set; }
        [JsonPropertyName("subtotal")] public decimal Subtotal { get; set; }
    }
}

using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>subtotal = item totals + delivery price; total = sum of payments (DESIGN 4).</summary>
public sealed class CartTotals
{
    [JsonPropertyName("total")] [JsonConverter(typeof(MoneyConverter))] public decimal Total { get; set; }
    [JsonPropertyName("subtotal")] [JsonConverter(typeof(MoneyConverter))] public decimal Subtotal { get; set; }
}

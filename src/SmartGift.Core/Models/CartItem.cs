using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>One voucher in a cart. A quantity of N in a source row becomes N items.</summary>
public sealed class CartItem
{
    /// <summary>The catalogue voucher id (GET /vouchers).</summary>
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("price")] [JsonConverter(typeof(MoneyConverter))] public decimal Price { get; set; }
    [JsonPropertyName("total")] [JsonConverter(typeof(MoneyConverter))] public decimal Total { get; set; }
    [JsonPropertyName("to")] public string? To { get; set; }
    [JsonPropertyName("from")] public string? From { get; set; }
    [JsonPropertyName("message")] public string? Message { get; set; }
}

using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>The body of POST /pos-sale: a cart and the caller's own order reference.</summary>
public sealed class SaleRequest
{
    [JsonPropertyName("cart")] public Cart Cart { get; set; } = new Cart();
    [JsonPropertyName("order_id")] public string OrderId { get; set; } = "";
}

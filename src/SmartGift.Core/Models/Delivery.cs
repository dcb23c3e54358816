using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>
/// Delivery: method and price required; an offline (posted) method also needs name and address.
/// JsonPropertyOrder is document 000's order: the journal hashes the bytes sent, so it must not move.
/// </summary>
public sealed class Delivery
{
    [JsonPropertyName("price")] [JsonPropertyOrder(0)] [JsonConverter(typeof(MoneyConverter))] public decimal Price { get; set; }
    [JsonPropertyName("delivery_method")] [JsonPropertyOrder(1)] [JsonConverter(typeof(IdConverter))] public string? DeliveryMethod { get; set; }
    [JsonPropertyName("delivery_email")] [JsonPropertyOrder(2)] public string? DeliveryEmail { get; set; }
    /// <summary>yyyy-MM-dd. A past, current or invalid date means "send now" on the server.</summary>
    [JsonPropertyName("delivery_date")] [JsonPropertyOrder(3)] public string? DeliveryDate { get; set; }
    [JsonPropertyName("name")] [JsonPropertyOrder(4)] public string? Name { get; set; }
    [JsonPropertyName("first_name")] [JsonPropertyOrder(11)] public string? FirstName { get; set; }
    [JsonPropertyName("last_name")] [JsonPropertyOrder(10)] public string? LastName { get; set; }
    [JsonPropertyName("address1")] [JsonPropertyOrder(7)] public string? Address1 { get; set; }
    [JsonPropertyName("address2")] [JsonPropertyOrder(8)] public string? Address2 { get; set; }
    [JsonPropertyName("town")] [JsonPropertyOrder(5)] public string? Town { get; set; }
    [JsonPropertyName("county")] [JsonPropertyOrder(6)] public string? County { get; set; }
    [JsonPropertyName("postcode")] [JsonPropertyOrder(9)] public string? Postcode { get; set; }
    [JsonPropertyName("description")] [JsonPropertyOrder(12)] public string? Description { get; set; }
}

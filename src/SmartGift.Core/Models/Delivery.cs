using System.Text.Json.Serialization;

namespace SmartGift
{
    /// <summary>Delivery: method and price required; an offline (posted) method also needs name and address.</summary>
    public sealed class Delivery
    {
        [JsonPropertyName("price")] public decimal Price { get; set; }
        [JsonPropertyName("delivery_method")] public string? DeliveryMethod { get; set; }
        [JsonPropertyName("delivery_email")] public string? DeliveryEmail { get; set; }
        /// <summary>yyyy-MM-dd. A past, current or invalid date means "send now" on the server.</summary>
        [JsonPropertyName("delivery_date")] public string? DeliveryDate { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("first_name")] public string? FirstName { get; set; }
        [JsonPropertyName("last_name")] public string? LastName { get; set; }
        [JsonPropertyName("address1")] public string? Address1 { get; set; }
        [JsonPropertyName("address2")] public string? Address2 { get; set; }
        [JsonPropertyName("town")] public string? Town { get; set; }
        [JsonPropertyName("county")] public string? County { get; set; }
        [JsonPropertyName("postcode")] public string? Postcode { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
    }
}

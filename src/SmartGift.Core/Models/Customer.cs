using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>The purchaser: every field is required except Address2 (document 000).</summary>
public sealed class Customer
{
    [JsonPropertyName("first_name")] public string? FirstName { get; set; }
    [JsonPropertyName("last_name")] public string? LastName { get; set; }
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("address1")] public string? Address1 { get; set; }
    [JsonPropertyName("address2")] public string? Address2 { get; set; }
    [JsonPropertyName("postcode")] public string? Postcode { get; set; }
    [JsonPropertyName("town")] public string? Town { get; set; }
    [JsonPropertyName("county")] public string? County { get; set; }
}

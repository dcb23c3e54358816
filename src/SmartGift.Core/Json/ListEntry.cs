using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>
/// What every entry of the list endpoints has: an id (number or string), a name, and the fields
/// the client does not model. An entry of GET /payment-methods is just this.
/// </summary>
internal class ListEntry
{
    [JsonPropertyName("id")] [JsonConverter(typeof(IdConverter))] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}

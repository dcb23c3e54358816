using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>One entry of GET /payment-methods, read as leniently as a voucher entry.</summary>
internal sealed class PaymentMethodEntry
{
    [JsonPropertyName("id")] [JsonConverter(typeof(IdConverter))] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }

    public PaymentMethod? ToPaymentMethod(string where, List<string> problems)
    {
        if (Id == null)
        {
            problems.Add(where + ": it has no id; left out");
            return null;
        }
        return new PaymentMethod { Id = Id, Name = VisibleText.Of(Name), AdditionalFields = Extra! };
    }
}

using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>A payment offset against the order; the amounts must add up to totals.total.</summary>
public sealed class Payment
{
    [JsonPropertyName("amount")] [JsonConverter(typeof(MoneyConverter))] public decimal Amount { get; set; }
    [JsonPropertyName("payment_method_id")] [JsonConverter(typeof(IdConverter))] public string PaymentMethodId { get; set; } = "";
}

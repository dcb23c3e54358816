namespace SmartGift;

/// <summary>A payment method from GET /payment-methods.</summary>
public sealed class PaymentMethod
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public IReadOnlyDictionary<string, JsonElement> AdditionalFields { get; set => field = TextMap<JsonElement>.Of(value); }
        = TextMap<JsonElement>.Empty;

    public override string ToString() => Id + " " + Name;
}

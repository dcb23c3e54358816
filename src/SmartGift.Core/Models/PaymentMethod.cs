namespace SmartGift;

/// <summary>A payment method from GET /payment-methods.</summary>
public sealed class PaymentMethod
{
    private IReadOnlyDictionary<string, JsonElement> _additionalFields = TextMap<JsonElement>.Empty;

    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public IReadOnlyDictionary<string, JsonElement> AdditionalFields { get => _additionalFields; set => _additionalFields = TextMap<JsonElement>.Of(value); }

    public override string ToString() => Id + " " + Name;
}

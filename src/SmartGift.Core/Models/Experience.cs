namespace SmartGift;

/// <summary>One experience of an experience voucher; bit_values are distinct powers of two.</summary>
public sealed class Experience
{
    private IReadOnlyDictionary<string, JsonElement> _additionalFields = TextMap<JsonElement>.Empty;

    public string? Id { get; set; }
    public string Name { get; set; } = "";
    public long BitValue { get; set; }
    /// <summary>The catalogue voucher this experience belongs to.</summary>
    public string? VoucherId { get; set; }
    public IReadOnlyDictionary<string, JsonElement> AdditionalFields { get => _additionalFields; set => _additionalFields = TextMap<JsonElement>.Of(value); }

    public override string ToString() => Name;
}

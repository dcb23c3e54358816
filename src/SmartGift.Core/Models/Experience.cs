namespace SmartGift;

/// <summary>One experience of an experience voucher; bit_values are distinct powers of two.</summary>
public sealed class Experience
{
    public string? Id { get; set; }
    public string Name { get; set; } = "";
    public long BitValue { get; set; }
    /// <summary>The catalogue voucher this experience belongs to.</summary>
    public string? VoucherId { get; set; }
    public IReadOnlyDictionary<string, JsonElement> AdditionalFields { get; set => field = TextMap<JsonElement>.Of(value); }
        = TextMap<JsonElement>.Empty;

    public override string ToString() => Name;
}

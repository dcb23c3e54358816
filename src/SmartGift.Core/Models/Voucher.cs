namespace SmartGift;

/// <summary>A catalogue voucher from GET /vouchers (monetary or experience).</summary>
public sealed class Voucher
{
    private IReadOnlyDictionary<string, JsonElement> _additionalFields = TextMap<JsonElement>.Empty;
    private IReadOnlyList<Experience> _experiences = TextList<Experience>.Empty;

    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string? ImageUrl { get; set; }
    public VoucherType Type { get; set; }
    public VoucherStatus Status { get; set; }
    /// <summary>The status exactly as the server sent it.</summary>
    public string? StatusText { get; set; }
    public decimal? Price { get; set; }
    public IReadOnlyList<Experience> Experiences { get => _experiences; set => _experiences = TextList<Experience>.Of(value); }
    /// <summary>Fields the client does not model, kept as sent (the list endpoints are undocumented).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalFields { get => _additionalFields; set => _additionalFields = TextMap<JsonElement>.Of(value); }

    public override string ToString() => Id + " " + Name;
}

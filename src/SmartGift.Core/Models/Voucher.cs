namespace SmartGift;

/// <summary>A catalogue voucher from GET /vouchers (monetary or experience).</summary>
public sealed class Voucher
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string? ImageUrl { get; set; }
    public VoucherType Type { get; set; }
    public VoucherStatus Status { get; set; }
    /// <summary>The status exactly as the server sent it.</summary>
    public string? StatusText { get; set; }
    public decimal? Price { get; set; }
    public IReadOnlyList<Experience> Experiences { get; set => field = TextList<Experience>.Of(value); }
        = TextList<Experience>.Empty;
    /// <summary>Fields the client does not model, kept as sent (the list endpoints are undocumented).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalFields { get; set => field = TextMap<JsonElement>.Of(value); }
        = TextMap<JsonElement>.Empty;

    public override string ToString() => Id + " " + Name;
}

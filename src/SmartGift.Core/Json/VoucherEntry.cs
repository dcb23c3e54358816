using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>
/// One entry of GET /vouchers as the serializer reads it (DESIGN 2): ids and prices as numbers
/// or strings, "image" or "image_url", status and type in any case, unknown fields kept.
/// </summary>
internal sealed class VoucherEntry : ListEntry
{
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("image")] public string? Image { get; set; }
    [JsonPropertyName("image_url")] public string? ImageUrl { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("price")] [JsonConverter(typeof(MoneyConverter))] public decimal? Price { get; set; }
    /// <summary>Read entry by entry (ListReader), so one broken experience leaves the voucher standing.</summary>
    [JsonPropertyName("experiences")] public JsonElement? Experiences { get; set; }

    public Voucher ToVoucher(string id, string where, List<string> problems) => new()
    {
        Id = id,
        Name = VisibleText.Of(Name),
        Description = Description == null ? null : VisibleText.Of(Description),
        ImageUrl = (ImageUrl ?? Image) is string url ? VisibleText.Of(url) : null,
        StatusText = Status == null ? null : VisibleText.Of(Status),
        Status = Status?.Trim().ToLowerInvariant() switch
        {
            "active" => VoucherStatus.Active,
            "hidden" => VoucherStatus.Hidden,
            "disabled" => VoucherStatus.Disabled,
            _ => VoucherStatus.Other,
        },
        Type = Type?.Trim().ToLowerInvariant() switch
        {
            "monetary" => VoucherType.Monetary,
            "experience" => VoucherType.Experience,
            _ => VoucherType.Unknown,
        },
        Price = Price,
        Experiences = ListReader.Experiences(Experiences, id, where + " (id " + id + ")", problems),
        AdditionalFields = Extra!,
    };
}

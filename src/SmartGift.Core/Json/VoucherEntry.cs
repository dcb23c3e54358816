using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>
/// One entry of GET /vouchers as the serializer reads it (DESIGN 2): ids and prices as numbers
/// or strings, "image" or "image_url", status and type in any case, unknown fields kept.
/// </summary>
internal sealed class VoucherEntry
{
    [JsonPropertyName("id")] [JsonConverter(typeof(IdConverter))] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("image")] public string? Image { get; set; }
    [JsonPropertyName("image_url")] public string? ImageUrl { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("price")] [JsonConverter(typeof(MoneyConverter))] public decimal? Price { get; set; }
    /// <summary>Read entry by entry (ListReader), so one broken experience leaves the voucher standing.</summary>
    [JsonPropertyName("experiences")] public JsonElement? Experiences { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }

    public Voucher? ToVoucher(string where, List<string> problems)
    {
        if (Id == null)
        {
            problems.Add(where + ": it has no id; left out");
            return null;
        }
        return new Voucher
        {
            Id = Id,
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
            Experiences = ListReader.Experiences(Experiences, Id, where + " (id " + Id + ")", problems),
            AdditionalFields = Extra!,
        };
    }
}

using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>
/// The body of POST /redeem (document 003). Exactly one of Amount (monetary voucher) or
/// ExperienceBits (sum of the chosen experiences' bit_values) is set; both are sent as "value".
/// The Wire* members are what is serialized: trimmed text, and hold_token only when there is one.
/// </summary>
public sealed class RedeemRequest
{
    [JsonIgnore] public string VoucherNumber { get; set; } = "";
    [JsonIgnore] public string SiteId { get; set; } = "";
    [JsonIgnore] public decimal? Amount { get; set; }
    [JsonIgnore] public long? ExperienceBits { get; set; }
    [JsonIgnore] public string? HoldToken { get; set; }

    [JsonInclude, JsonPropertyName("voucher_no"), JsonPropertyOrder(0)]
    internal string WireVoucherNumber => VoucherNumber.Trim();

    [JsonInclude, JsonPropertyName("site_id"), JsonPropertyOrder(1)]
    internal string WireSiteId => SiteId.Trim();

    /// <summary>A decimal keeps its scale when written: money as 10.00, experience bits as the integer 10.</summary>
    [JsonInclude, JsonPropertyName("value"), JsonPropertyOrder(2)]
    internal decimal WireValue => ExperienceBits is long bits ? bits : MoneyConverter.ToWireScale(Amount ?? 0m);

    /// <summary>The documents show no null hold_token: absent unless there is one.</summary>
    [JsonInclude, JsonPropertyName("hold_token"), JsonPropertyOrder(3), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    internal string? WireHoldToken => string.IsNullOrWhiteSpace(HoldToken) ? null : HoldToken!.Trim();
}

using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>The body of POST /redeem/hold (document 004).</summary>
internal sealed class HoldRequest(string voucherNumber)
{
    [JsonPropertyName("voucher_no")] public string VoucherNumber { get; } = voucherNumber.Trim();
}

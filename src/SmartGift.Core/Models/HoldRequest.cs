using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>The body of POST /redeem/hold (document 004).</summary>
internal sealed class HoldRequest
{
    public HoldRequest(string voucherNumber) { VoucherNumber = voucherNumber.Trim(); }

    [JsonPropertyName("voucher_no")] public string VoucherNumber { get; }
}

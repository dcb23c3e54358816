using System.IO;
using System.Text.Json;

namespace SmartGift.Json
{
    /// <summary>The bodies of POST /redeem (document 003) and POST /redeem/hold (document 004).</summary>
    internal static class RedeemBodyWriter
    {
        /// <summary>value is money (two decimals) for a monetary voucher, or the integer bit_value sum for an experience voucher.</summary>
        public static byte[] WriteRedeem(RedeemRequest request)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("voucher_no", request.VoucherNumber.Trim());
                writer.WriteString("site_id", request.SiteId.Trim());
                if (request.ExperienceBits is long bits) writer.WriteNumber("value", bits);
                else MoneyJson.Write(writer, "value", request.Amount ?? 0m);
                // Only sent when there is one: the documents show no null hold_token.
                if (!string.IsNullOrWhiteSpace(request.HoldToken)) writer.WriteString("hold_token", request.HoldToken!.Trim());
                writer.WriteEndObject();
            }
            return buffer.ToArray();
        }

        public static byte[] WriteHold(string voucherNumber)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("voucher_no", voucherNumber.Trim());
                writer.WriteEndObject();
            }
            return buffer.ToArray();
        }
    }
}

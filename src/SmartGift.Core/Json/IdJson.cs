using System.Globalization;
using System.Text.Json;

namespace SmartGift.Json
{
    /// <summary>
    /// Ids are strings in the client. On the wire they may be numbers or strings either way; some
    /// fields (delivery_method, payment_method_id) go out as numbers when they are plain digits,
    /// as document 000 shows them.
    /// </summary>
    internal static class IdJson
    {
        /// <summary>A string id, or an integral number written back as text; null for anything else.</summary>
        public static string? Read(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    var text = element.GetString()!.Trim();
                    return text.Length == 0 ? null : text;
                case JsonValueKind.Number:
                    if (element.TryGetInt64(out var whole)) return whole.ToString(CultureInfo.InvariantCulture);
                    // 12.0 is still 12; 12.5 is not an id.
                    if (element.TryGetDecimal(out var number) && decimal.Truncate(number) == number)
                        return decimal.Truncate(number).ToString(CultureInfo.InvariantCulture);
                    return null;
                default:
                    return null;
            }
        }

        /// <summary>Plain digits without a leading zero: they fit a number exactly ("012" would lose its zero).</summary>
        public static bool IsPlainNumber(string text)
        {
            if (text.Length == 0 || text.Length > 18) return false;
            if (text.Length > 1 && text[0] == '0') return false;
            foreach (var c in text)
            {
                if (c < '0' || c > '9') return false;
            }
            return true;
        }
    }
}

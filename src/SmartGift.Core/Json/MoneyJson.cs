using System.Globalization;
using System.Text.Json;

namespace SmartGift.Json
{
    /// <summary>
    /// Money on the wire (DESIGN 4): written as a JSON number with exactly two decimals (150 -> 150.00),
    /// read from a number or a numeric string.
    /// </summary>
    internal static class MoneyJson
    {
        /// <summary>Utf8JsonWriter keeps a decimal's scale, so adding 0.00m after rounding gives exactly two decimals.</summary>
        public static decimal ToWireScale(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero) + 0.00m;

        /// <summary>True when the value has no more than two decimals (a third would be lost on the wire).</summary>
        public static bool HasAtMostTwoDecimals(decimal value) => Math.Round(value, 2) == value;

        /// <summary>A number, or a string holding one ("150.00"); false for anything else.</summary>
        public static bool TryRead(JsonElement element, out decimal value)
        {
            value = 0;
            switch (element.ValueKind)
            {
                case JsonValueKind.Number:
                    return element.TryGetDecimal(out value);
                case JsonValueKind.String:
                    return decimal.TryParse(element.GetString()!.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out value);
                default:
                    return false;
            }
        }
    }
}

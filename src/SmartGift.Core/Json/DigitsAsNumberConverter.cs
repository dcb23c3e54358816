using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmartGift.Json
{
    /// <summary>
    /// An id the client holds as text, written as a number when it is plain digits (delivery_method,
    /// payment_method_id, as document 000 shows them) and read from either form (IdJson).
    /// </summary>
    internal sealed class DigitsAsNumberConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return IdJson.Read(document.RootElement);
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        {
            var trimmed = value.Trim();
            if (IdJson.IsPlainNumber(trimmed)) writer.WriteNumberValue(long.Parse(trimmed, System.Globalization.CultureInfo.InvariantCulture));
            else writer.WriteStringValue(trimmed);
        }
    }
}

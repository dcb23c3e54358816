using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmartGift.Json
{
    /// <summary>Money on the wire (DESIGN 4): a number with exactly two decimals (150 -> 150.00); read from a number or a numeric string.</summary>
    internal sealed class MoneyConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            if (MoneyJson.TryRead(document.RootElement, out var value)) return value;
            throw new JsonException("Money must be a number or a string holding one.");
        }

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(MoneyJson.ToWireScale(value));
    }
}

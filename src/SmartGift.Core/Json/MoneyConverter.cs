using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>Money on the wire (DESIGN 4): a number with exactly two decimals (150 -> 150.00); read from a number or money text (MoneyText).</summary>
internal sealed class MoneyConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number) return reader.GetDecimal();
        // Text is money by the one rule for money text (MoneyText), in requests and answers alike: "1,000.00" is refused, not guessed.
        if (reader.TokenType == JsonTokenType.String)
            return MoneyText.Parse(reader.GetString()!, out var reason) ?? throw new JsonException("is not a number: " + reason);
        throw new JsonException("is not a number");
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(ToWireScale(value));

    /// <summary>Utf8JsonWriter keeps a decimal's scale, so adding 0.00m after rounding gives exactly two decimals.</summary>
    public static decimal ToWireScale(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero) + 0.00m;
}

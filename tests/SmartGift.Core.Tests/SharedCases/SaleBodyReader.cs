using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace SmartGift.Core.Tests.SharedCases;

/// <summary>
/// Reads a sale body as sent on the wire into Core's SaleRequest, with Core's own readings:
/// ids sent as numbers as IdConverter reads them, money as a JSON number or as money text
/// (MoneyText). Core has no body reader of its own yet (it only writes bodies); when the models
/// carry their converters, this should become a plain JsonSerializer call with them.
/// </summary>
internal static class SaleBodyReader
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions
    {
        Converters = { new IdOrTextConverter(), new MoneyConverter() },
    };

    /// <summary>The request, or the API field name of the value the model cannot hold (e.g. "abc" as a price).</summary>
    public static (SaleRequest? Sale, string? UnreadableField) Read(string json)
    {
        try
        {
            return (JsonSerializer.Deserialize<SaleRequest>(json, Options), null);
        }
        catch (JsonException e)
        {
            return (null, FieldOf(e.Path ?? "$"));
        }
    }

    /// <summary>"$.cart.items[0].price" becomes "cart.items.0.price", the API's name for it.</summary>
    private static string FieldOf(string path) =>
        Regex.Replace(path.StartsWith("$.", StringComparison.Ordinal) ? path.Substring(2) : path, @"\[(\d+)\]", ".$1");

    /// <summary>Text as given; an id sent as a number (document 000 shows delivery_method 12) read as Core reads ids.</summary>
    private sealed class IdOrTextConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return reader.GetString();
                case JsonTokenType.Number:
                    using (var document = JsonDocument.ParseValue(ref reader))
                    {
                        return IdConverter.Text(document.RootElement) ?? throw new JsonException("not an id");
                    }
                default:
                    throw new JsonException("not text");
            }
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    /// <summary>Money: a JSON number, or text that is money by Core's rule for money text.</summary>
    private sealed class MoneyConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    return reader.GetDecimal();
                case JsonTokenType.String:
                    return MoneyText.Parse(reader.GetString()!, out var reason) ?? throw new JsonException(reason);
                default:
                    throw new JsonException("not an amount");
            }
        }

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }
}

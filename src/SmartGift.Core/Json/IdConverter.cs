using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>
/// The one id converter. Ids are strings in the client; on the wire they may be numbers or
/// strings either way (DESIGN 2). Plain digits go out as numbers (delivery_method,
/// payment_method_id, as document 000 shows them).
/// </summary>
internal sealed class IdConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return Text(document.RootElement) ?? throw new JsonException("is not an id");
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        var trimmed = value.Trim();
        if (IsPlainNumber(trimmed)) writer.WriteNumberValue(long.Parse(trimmed, CultureInfo.InvariantCulture));
        else writer.WriteStringValue(trimmed);
    }

    /// <summary>A string id, or an integral number written back as text; null for anything else.</summary>
    public static string? Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!.Trim() is { Length: > 0 } text ? text : null,
        JsonValueKind.Number when element.TryGetInt64(out var whole) => whole.ToString(CultureInfo.InvariantCulture),
        // 12.0 is still 12; 12.5 is not an id.
        JsonValueKind.Number when element.TryGetDecimal(out var number) && decimal.Truncate(number) == number =>
            decimal.Truncate(number).ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>Plain digits without a leading zero: they fit a number exactly ("012" would lose its zero).</summary>
    private static bool IsPlainNumber(string text) =>
        text.Length is > 0 and <= 18 && !(text.Length > 1 && text[0] == '0') && text.All(c => c is >= '0' and <= '9');
}

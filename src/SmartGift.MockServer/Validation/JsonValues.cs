using System.Text.Json;

namespace SmartGift.MockServer.Validation;

/// <summary>Lenient reads of request values, as PHP does: ids as numbers or strings, amounts as numbers or numeric strings.</summary>
internal static class JsonValues
{
    /// <summary>Laravel's "required": not missing, not null, not an empty or blank string, not an empty array.</summary>
    public static bool IsPresent(JsonNode? node) => node switch
    {
        null => false,
        JsonArray array => array.Count > 0,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>().Trim().Length > 0,
        JsonValue value => value.GetValueKind() != JsonValueKind.Null,
        _ => true,
    };

    /// <summary>A string, or a whole number as its invariant text; anything else is null.</summary>
    public static string? AsText(JsonNode? node) => node is not JsonValue value ? null : value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>().Trim(),
        JsonValueKind.Number when value.TryGetValue<long>(out var whole) => whole.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Number => value.GetValue<decimal>().ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    public static bool TryDecimal(JsonNode? node, out decimal amount)
    {
        amount = 0m;
        return node is JsonValue value && value.GetValueKind() switch
        {
            JsonValueKind.Number => value.TryGetValue(out amount),
            JsonValueKind.String => decimal.TryParse(value.GetValue<string>().Trim(), NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out amount),
            _ => false,
        };
    }

    public static bool HasAtMostTwoDecimals(decimal amount) => decimal.Round(amount, 2) == amount;
}

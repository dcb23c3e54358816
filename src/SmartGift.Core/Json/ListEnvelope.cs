namespace SmartGift;

/// <summary>The undocumented list endpoints may answer {"data": [...]} or a bare array (DESIGN 2).</summary>
internal static class ListEnvelope
{
    public static JsonElement Entries(JsonElement root, string what)
    {
        if (root.ValueKind == JsonValueKind.Array) return root;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data))
        {
            if (data.ValueKind == JsonValueKind.Array) return data;
            // A paginated Laravel resource nests once more: {"data": {"data": [...]}}.
            if (data.ValueKind == JsonValueKind.Object && data.TryGetProperty("data", out var inner) && inner.ValueKind == JsonValueKind.Array) return inner;
        }
        throw new UnreadableBodyException("the " + what + " answer held no list (expected {\"data\": [...]} or an array, got " + Describe(root) + ")");
    }

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>A short, safe rendering of a bad value for a problem line.</summary>
    public static string Show(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length > 40 ? text.Substring(0, 40) + "..." : text;
    }
}

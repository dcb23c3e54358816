namespace SmartGift;

/// <summary>A Laravel error body (DESIGN 3): {"message": "...", "errors": {"field": ["...", ...]}}.</summary>
/// <param name="Message">The top-level message, when there is one.</param>
/// <param name="FieldErrors">Field names exactly as sent (dotted for the sale: cart.items.0.id), in the server's order.</param>
internal sealed record ErrorBody(string? Message, IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors)
{
    /// <summary>The first message for the field, which document 003 says is the one to look at.</summary>
    public string? FirstMessageFor(string field) =>
        FieldErrors.TryGetValue(field, out var messages) && messages.Count > 0 ? messages[0] : null;

    /// <summary>Reads what it can; a body that is not JSON gives an empty ErrorBody.</summary>
    public static ErrorBody Read(byte[] body, string? mediaType)
    {
        using var document = ResponseBody.TryParse(body, mediaType);
        var fields = new Dictionary<string, IReadOnlyList<string>>();
        if (document == null || document.RootElement.ValueKind != JsonValueKind.Object) return new ErrorBody(null, fields);

        var root = document.RootElement;
        var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;

        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in errors.EnumerateObject())
            {
                fields[field.Name] = field.Value.ValueKind switch
                {
                    JsonValueKind.Array => field.Value.EnumerateArray()
                        .Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText()).ToList(),
                    JsonValueKind.String => [field.Value.GetString()!],
                    _ => [],
                };
            }
        }
        return new ErrorBody(message, fields);
    }
}

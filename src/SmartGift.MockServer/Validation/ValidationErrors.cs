namespace SmartGift.MockServer.Validation;

/// <summary>
/// Errors collected across all fields, in the order the rules ran, shaped as Laravel's 422:
/// message = first error + " (and N more error[s])", errors = {field: [messages]}.
/// </summary>
internal sealed class ValidationErrors
{
    private readonly List<KeyValuePair<string, List<string>>> _fields = new List<KeyValuePair<string, List<string>>>();

    public bool Any => _fields.Count > 0;

    public int Count => _fields.Sum(f => f.Value.Count);

    public bool Has(string field) => _fields.Any(f => f.Key == field);

    public void Add(string field, string message)
    {
        var entry = _fields.FirstOrDefault(f => f.Key == field);
        if (entry.Value == null)
        {
            entry = new KeyValuePair<string, List<string>>(field, new List<string>());
            _fields.Add(entry);
        }

        entry.Value.Add(message);
    }

    public string Message
    {
        get
        {
            var first = _fields[0].Value[0];
            var more = Count - 1;
            return more switch
            {
                0 => first,
                1 => first + " (and 1 more error)",
                _ => first + " (and " + more.ToString(CultureInfo.InvariantCulture) + " more errors)",
            };
        }
    }

    public JsonObject ToBody()
    {
        var errors = new JsonObject();
        foreach (var field in _fields)
        {
            errors[field.Key] = new JsonArray(field.Value.Select(m => (JsonNode?)JsonValue.Create(m)).ToArray());
        }

        return new JsonObject { ["message"] = Message, ["errors"] = errors };
    }
}

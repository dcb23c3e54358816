namespace SmartGift.MockServer.Validation;

/// <summary>
/// Errors collected across all fields, in the order the rules ran, shaped as Laravel's 422:
/// message = first error + " (and N more error[s])", errors = {field: [messages]}.
/// </summary>
internal sealed class ValidationErrors
{
    private readonly JsonObject _fields = new JsonObject();

    public bool Any => _fields.Count > 0;

    public void Add(string field, string message)
    {
        if (_fields[field] is not JsonArray messages)
        {
            _fields[field] = messages = new JsonArray();
        }

        messages.Add(message);
    }

    /// <summary>Adds the problem when there is one; true when there is none.</summary>
    public bool Check(string field, string? problem)
    {
        if (problem != null)
        {
            Add(field, problem);
        }

        return problem == null;
    }

    public JsonObject ToBody()
    {
        var first = (string)_fields.First().Value![0]!;
        var more = _fields.Sum(f => f.Value!.AsArray().Count) - 1;
        var message = more == 0 ? first : string.Create(CultureInfo.InvariantCulture, $"{first} (and {more} more error{(more == 1 ? "" : "s")})");
        return new JsonObject { ["message"] = message, ["errors"] = _fields.DeepClone() };
    }
}

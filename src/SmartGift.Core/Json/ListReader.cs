using System.Text.Json.Serialization.Metadata;

namespace SmartGift;

/// <summary>
/// Reads the undocumented list endpoints leniently (DESIGN 2), as stripe-dotnet reads answers:
/// the serializer (WireJsonContext, generated) reads each entry on its own, so an entry it
/// cannot read is left out with one line in Problems naming its index and why; the rest stands.
/// The texts a host shows (names, descriptions, statuses, problems) have their control characters
/// made visible (DESIGN 19): a voucher called "Gift\e]52;c;...\a" cannot write the operator's
/// clipboard from Format-Table or a CLI table. Ids are left as sent (they go back to the server).
/// </summary>
internal static class ListReader
{
    public static ListResult<Voucher> Vouchers(byte[] body, string? mediaType) =>
        Read(body, mediaType, "voucher", WireJsonContext.Default.VoucherEntry, (entry, id, where, problems) => entry.ToVoucher(id, where, problems));

    public static ListResult<PaymentMethod> PaymentMethods(byte[] body, string? mediaType) =>
        Read(body, mediaType, "payment method", WireJsonContext.Default.ListEntry,
            (entry, id, _, _) => new PaymentMethod { Id = id, Name = VisibleText.Of(entry.Name), AdditionalFields = entry.Extra! });

    /// <summary>A voucher's experiences; null or a missing list is none, a list that is not one is none with a problem.</summary>
    public static IReadOnlyList<Experience> Experiences(JsonElement? list, string voucherId, string where, List<string> problems)
    {
        if (list is not JsonElement entries || entries.ValueKind == JsonValueKind.Null) return [];
        if (entries.ValueKind != JsonValueKind.Array)
        {
            problems.Add(where + ": experiences is " + Describe(entries) + ", not a list; read as none");
            return [];
        }
        return Each(entries, where + " experience ", WireJsonContext.Default.ExperienceEntry,
            (entry, at, found) => entry.ToExperience(voucherId, at, found), problems);
    }

    /// <summary>A list's entries: one without an id is left out with a problem line; make has the rest, with the id.</summary>
    private static ListResult<T> Read<TEntry, T>(byte[] body, string? mediaType, string what, JsonTypeInfo<TEntry> info,
        Func<TEntry, string, string, List<string>, T> make)
        where TEntry : ListEntry
        where T : class
    {
        using var document = ResponseBody.Parse(body, mediaType);
        var problems = new List<string>();
        var items = Each(Entries(document.RootElement, what + " list"), what + " entry ", info, (entry, where, found) =>
        {
            if (entry.Id != null) return make(entry, entry.Id, where, found);
            found.Add(where + ": it has no id; left out");
            return null;
        }, problems);
        return new ListResult<T>(items, problems.Select(VisibleText.Of).ToList());
    }

    /// <summary>The entries the serializer and make can read; a problem line for each other one (what + its index).</summary>
    private static List<T> Each<TEntry, T>(JsonElement array, string what, JsonTypeInfo<TEntry> info,
        Func<TEntry, string, List<string>, T?> make, List<string> problems)
        where TEntry : class
        where T : class
    {
        var items = new List<T>();
        var index = 0;
        foreach (var entry in array.EnumerateArray())
        {
            var where = what + index++;
            if (Entry(entry, info, where, problems) is TEntry read && make(read, where, problems) is T item) items.Add(item);
        }
        return items;
    }

    /// <summary>One entry by the serializer, or null with a problem line naming the field it could not read.</summary>
    private static TEntry? Entry<TEntry>(JsonElement entry, JsonTypeInfo<TEntry> info, string where, List<string> problems)
        where TEntry : class
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            problems.Add(where + ": not an object (" + Describe(entry) + ")");
            return null;
        }
        try
        {
            return entry.Deserialize(info);
        }
        catch (JsonException e)
        {
            var id = entry.TryGetProperty("id", out var idValue) ? IdConverter.Text(idValue) : null;
            problems.Add(where + (id == null ? "" : " (id " + id + ")") + ": " + Failure(entry, e) + "; left out");
            return null;
        }
    }

    /// <summary>"price \"abc\" is not a number: ...": the field from the serializer's path, the value as sent, our converters' words.</summary>
    private static string Failure(JsonElement entry, JsonException e)
    {
        var path = e.Path ?? "$";
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path.Substring(2).Split('.', '[')[0] : "";
        if (field.Length == 0 || !entry.TryGetProperty(field, out var value)) return "it cannot be read";
        var words = e.Message.StartsWith("is not", StringComparison.Ordinal) ? e.Message : "cannot be read";
        // A short, safe rendering of the bad value.
        var text = value.GetRawText();
        return field + " " + (text.Length > 40 ? text.Substring(0, 40) + "..." : text) + " " + words;
    }

    /// <summary>The undocumented list endpoints may answer {"data": [...]} or a bare array (DESIGN 2).</summary>
    private static JsonElement Entries(JsonElement root, string what)
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

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}

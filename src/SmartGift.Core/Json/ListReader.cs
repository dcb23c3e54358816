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
        Read(body, mediaType, "voucher", WireJsonContext.Default.VoucherEntry, (entry, where, problems) => entry.ToVoucher(where, problems));

    public static ListResult<PaymentMethod> PaymentMethods(byte[] body, string? mediaType) =>
        Read(body, mediaType, "payment method", WireJsonContext.Default.PaymentMethodEntry, (entry, where, problems) => entry.ToPaymentMethod(where, problems));

    /// <summary>A voucher's experiences; null or a missing list is none, a list that is not one is none with a problem.</summary>
    public static IReadOnlyList<Experience> Experiences(JsonElement? list, string voucherId, string where, List<string> problems)
    {
        var experiences = new List<Experience>();
        if (list is not JsonElement entries || entries.ValueKind == JsonValueKind.Null) return experiences;
        if (entries.ValueKind != JsonValueKind.Array)
        {
            problems.Add(where + ": experiences is " + Describe(entries) + ", not a list; read as none");
            return experiences;
        }
        var index = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            var at = where + " experience " + index++;
            if (Entry(entry, WireJsonContext.Default.ExperienceEntry, at, problems)?.ToExperience(voucherId, at, problems) is Experience experience) experiences.Add(experience);
        }
        return experiences;
    }

    private static ListResult<T> Read<TEntry, T>(byte[] body, string? mediaType, string what, JsonTypeInfo<TEntry> info, Func<TEntry, string, List<string>, T?> make)
        where TEntry : class
        where T : class
    {
        using var document = ResponseBody.Parse(body, mediaType);
        var items = new List<T>();
        var problems = new List<string>();
        var index = 0;
        foreach (var entry in Entries(document.RootElement, what + " list").EnumerateArray())
        {
            var where = what + " entry " + index++;
            if (Entry(entry, info, where, problems) is TEntry read && make(read, where, problems) is T item) items.Add(item);
        }
        return new ListResult<T>(items, problems.Select(VisibleText.Of).ToList());
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
        return field + " " + Show(value) + " " + words;
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

    /// <summary>A short, safe rendering of a bad value for a problem line.</summary>
    private static string Show(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length > 40 ? text.Substring(0, 40) + "..." : text;
    }
}

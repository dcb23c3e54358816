using System.Collections.ObjectModel;

namespace SmartGift;

/// <summary>
/// A read-only dictionary that prints as "key=value; key=value" (values as their own text: a
/// JsonElement as its JSON, a list as its items), for the same reason as <see cref="TextList{T}"/>.
/// </summary>
internal sealed class TextMap<TValue> : ReadOnlyDictionary<string, TValue>
{
    public static readonly TextMap<TValue> Empty = new TextMap<TValue>(new Dictionary<string, TValue>());

    private TextMap(IDictionary<string, TValue> entries)
        : base(entries)
    {
    }

    public static TextMap<TValue> Of(IEnumerable<KeyValuePair<string, TValue>>? entries) => entries switch
    {
        null => Empty,
        TextMap<TValue> already => already,
        _ => new TextMap<TValue>(entries.ToDictionary(e => e.Key, e => e.Value)),
    };

    public override string ToString() => string.Join("; ", this.Select(e => e.Key + "=" + Text(e.Value)));

    private static string? Text(TValue value) =>
        value is IEnumerable<string> strings && !(value is string) ? string.Join(", ", strings) : value?.ToString();
}

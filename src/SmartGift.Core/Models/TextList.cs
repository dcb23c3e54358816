using System.Collections.ObjectModel;

namespace SmartGift;

/// <summary>
/// A read-only list that prints as its items ("Spa Access; Lunch"), so Export-Csv, ConvertTo-Json
/// at its depth limit and string interpolation show values instead of a generic type name, while
/// the property stays a typed list for the pipeline.
/// </summary>
internal sealed class TextList<T> : ReadOnlyCollection<T>
{
    public static readonly TextList<T> Empty = new TextList<T>(new List<T>());

    private TextList(IList<T> items)
        : base(items)
    {
    }

    public static TextList<T> Of(IEnumerable<T>? items) => items switch
    {
        null => Empty,
        TextList<T> already => already,
        IReadOnlyCollection<T> { Count: 0 } => Empty,
        _ => new TextList<T>(items.ToList()),
    };

    /// <summary>A list over an array the caller has just made and hands over (no copy): one per order of a bulk run.</summary>
    internal static TextList<T> Own(T[] items) => items.Length == 0 ? Empty : new TextList<T>(items);

    public override string ToString() => string.Join("; ", this.Select(item => item?.ToString()));
}

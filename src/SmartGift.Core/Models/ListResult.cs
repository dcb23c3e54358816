namespace SmartGift;

/// <summary>
/// A list read leniently: the entries that could be read, and one line per entry that could
/// not (DESIGN 2: one odd entry never fails the whole list).
/// </summary>
public sealed class ListResult<T>
{
    public ListResult(IReadOnlyList<T> items, IReadOnlyList<string> problems)
    {
        Items = TextList<T>.Of(items);
        Problems = TextList<string>.Of(problems);
    }

    public IReadOnlyList<T> Items { get; }
    public IReadOnlyList<string> Problems { get; }
}

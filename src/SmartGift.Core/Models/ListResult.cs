namespace SmartGift;

/// <summary>
/// A list read leniently: the entries that could be read, and one line per entry that could
/// not (DESIGN 2: one odd entry never fails the whole list).
/// </summary>
public sealed class ListResult<T>(IReadOnlyList<T> items, IReadOnlyList<string> problems)
{
    public IReadOnlyList<T> Items { get; } = TextList<T>.Of(items);
    public IReadOnlyList<string> Problems { get; } = TextList<string>.Of(problems);
}

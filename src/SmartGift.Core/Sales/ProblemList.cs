namespace SmartGift;

/// <summary>
/// Problems of one record, in the order found, without repeats: a column missing from the
/// header is reported by every row, but an order needs to hear it once. Nothing is allocated
/// until the first problem: most records of a bulk file have none.
/// </summary>
internal sealed class ProblemList
{
    private List<RecordProblem>? _items;
    private HashSet<string>? _keys;

    public int Count => _items?.Count ?? 0;
    public IReadOnlyList<RecordProblem> Items => (IReadOnlyList<RecordProblem>?)_items ?? Array.Empty<RecordProblem>();

    public void Add(RecordProblem problem)
    {
        _keys ??= new HashSet<string>();
        if (!_keys.Add(problem.Field + "\u0000" + problem.Message)) return;
        (_items ??= new List<RecordProblem>()).Add(problem);
    }

    public void Add(string location, string field, string message) => Add(new RecordProblem(location, field, message));

    /// <summary>The value's FieldLimits problem (too long, a control character), if it has one, under its column.</summary>
    public void AddLimit(string location, string column, string? value)
    {
        var reason = FieldLimits.Check(value, column);
        if (reason != null) Add(location, column, column + " " + reason);
    }

    /// <summary>A required column's value within its limits; missing, a problem unless the reader already refused the column.</summary>
    public void AddRequired(string location, IReadOnlyList<RecordProblem> readProblems, string column, string? value,
        string why)
    {
        if (value != null) AddLimit(location, column, value);
        else if (!RowText.Unreadable(readProblems, column)) Add(location, column, column + " is required: " + why);
    }

    public void AddRange(IEnumerable<RecordProblem> problems)
    {
        foreach (var p in problems) Add(p);
    }
}

namespace SmartGift.Cli;

/// <summary>
/// One result as named fields, in column order. Every record of one command has the same
/// fields (null when empty) so that CSV columns line up. Values: string, decimal (money),
/// long/int, bool, IReadOnlyList of string, IReadOnlyList of OutputRecord (nested, e.g. problems).
/// </summary>
/// <param name="display">How a nested record reads when flattened into one table or CSV cell.</param>
internal sealed class OutputRecord(string? display = null)
{
    private readonly List<KeyValuePair<string, object?>> _fields = new List<KeyValuePair<string, object?>>();

    public string? Display { get; } = display;

    public IReadOnlyList<KeyValuePair<string, object?>> Fields => _fields;

    public OutputRecord Add(string name, object? value)
    {
        _fields.Add(new KeyValuePair<string, object?>(name, value));
        return this;
    }
}

namespace SmartGift.Cli;

/// <summary>
/// One result as named fields, in column order. Every record of one command has the same
/// fields (null when empty) so that CSV columns line up. Values: string, decimal (money),
/// long/int, bool, IReadOnlyList of string, IReadOnlyList of OutputRecord (nested, e.g. problems).
/// </summary>
/// <param name="display">How a nested record reads when flattened into one table or CSV cell.</param>
internal sealed class OutputRecord(string? display = null)
{
    public string? Display { get; } = display;

    public List<KeyValuePair<string, object?>> Fields { get; } = [];

    public OutputRecord Add(string name, object? value)
    {
        Fields.Add(new KeyValuePair<string, object?>(name, value));
        return this;
    }
}

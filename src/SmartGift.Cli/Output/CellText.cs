namespace SmartGift.Cli;

/// <summary>How one field value reads in a table or CSV cell: money with two decimals, lists joined with "; ".</summary>
internal static class CellText
{
    public static string Of(object? value) => value switch
    {
        null => "",
        string text => text,
        decimal money => money.ToString("0.00", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        DateTimeOffset time => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        IReadOnlyList<OutputRecord> records => string.Join("; ", records.Select(r =>
            r.Display ?? string.Join(" ", r.Fields.Select(f => Of(f.Value)).Where(t => t.Length > 0)))),
        IReadOnlyList<string> texts => string.Join("; ", texts),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

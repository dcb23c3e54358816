namespace SmartGift;

/// <summary>The statuses as the report shows them: order, colour (chart and table), and what each means.</summary>
internal static class ReportStatus
{
    // Colours distinct, and readable for the common colour blindnesses with the labels beside them.
    private static readonly (string Status, string Colour, string Meaning)[] Statuses =
    {
        ("Confirmed", "#2e7d32", "in Smart Gift"),
        ("Failed", "#c62828", "refused: correct the row, or drop it"),
        ("Unknown", "#ef6c00", "may be in Smart Gift: check the dashboard, then settle"),
        ("NotSent", "#1565c0", "never sent: the next import sends it"),
        ("Conflict", "#6a1b9a", "the source changed after Smart Gift confirmed it"),
        ("Skipped", "#757575", "dropped by an operator"),
        ("NotInSource", "#00838f", "in the journal, not in the file"),
    };

    public static readonly IReadOnlyList<string> Order = Statuses.Select(s => s.Status).ToArray();

    /// <summary>The chart's colour of a status ("#2e7d32").</summary>
    public static string Colour(string status) => Of(status).Colour;

    public static string Meaning(string status) => Of(status).Meaning;

    // Anything else reads as NotInSource, the last.
    private static (string Status, string Colour, string Meaning) Of(string status) =>
        Statuses.FirstOrDefault(s => s.Status == status) is { Status: not null } found ? found : Statuses[Statuses.Length - 1];
}

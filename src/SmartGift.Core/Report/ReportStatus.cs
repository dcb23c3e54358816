namespace SmartGift;

/// <summary>The statuses as the report shows them: order, colour (chart and table), and what each means.</summary>
internal static class ReportStatus
{
    public static readonly IReadOnlyList<string> Order = new[] { "Confirmed", "Failed", "Unknown", "NotSent", "Conflict", "Skipped", "NotInSource" };

    /// <summary>The chart's colour of a status ("#2e7d32"): distinct, and readable for the common colour blindnesses with the labels beside them.</summary>
    public static string Colour(string status) => status switch
    {
        "Confirmed" => "#2e7d32",
        "Failed" => "#c62828",
        "Unknown" => "#ef6c00",
        "NotSent" => "#1565c0",
        "Conflict" => "#6a1b9a",
        "Skipped" => "#757575",
        _ => "#00838f",
    };

    public static string Meaning(string status) => status switch
    {
        "Confirmed" => "in Smart Gift",
        "Failed" => "refused: correct the row, or drop it",
        "Unknown" => "may be in Smart Gift: check the dashboard, then settle",
        "NotSent" => "never sent: the next import sends it",
        "Conflict" => "the source changed after Smart Gift confirmed it",
        "Skipped" => "dropped by an operator",
        _ => "in the journal, not in the file",
    };
}

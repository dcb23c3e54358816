namespace SmartGift;

/// <summary>
/// One record in a report: where it is (file, line), its key (order id or reference), its status
/// and amount, and for a record that needs a person the reason and the commands that settle it.
/// Nothing of the customer beyond what finds the order.
/// </summary>
internal sealed class ReportEntry
{
    /// <summary>"sale" or "redemption".</summary>
    public string Kind { get; set; } = "";
    public string Key { get; set; } = "";
    public string? File { get; set; }
    public string? Line { get; set; }
    /// <summary>The import's word: Confirmed, Failed, Unknown, NotSent, Conflict, Skipped, NotInSource.</summary>
    public string Status { get; set; } = "";
    public decimal? Amount { get; set; }
    public bool NeedsAttention { get; set; }
    /// <summary>Set when Smart Gift's answer contradicted the request, or the source changed after the record was confirmed.</summary>
    public bool Contradicted { get; set; }
    public string? Reason { get; set; }
    /// <summary>The CLI command that settles it (or does the next step), ready to paste.</summary>
    public string? Command { get; set; }
    /// <summary>The same in PowerShell.</summary>
    public string? PowerShellCommand { get; set; }
}

/// <summary>A decision an operator wrote since the last report: found, absent, release or drop.</summary>
internal sealed record SettledEntry(string Kind, string Key, string Decision, DateTimeOffset At);

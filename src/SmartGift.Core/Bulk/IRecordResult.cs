namespace SmartGift;

/// <summary>
/// What every import result says of its record (OrderResult, RedemptionResult): the engine
/// settles records through this one shape. An interface, not a base class, so that each
/// result keeps its own property order in Format-Table and Export-Csv.
/// </summary>
public interface IRecordResult
{
    RecordStatus Status { get; set; }
    /// <summary>Extra words: "already confirmed in the journal", "not sent: dry run".</summary>
    string? Detail { get; set; }
    /// <summary>Why it failed or is unknown; null when confirmed.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "Error is the results' published property name (Export-Csv columns, scripts); renaming it would break them.")]
    SmartGiftError? Error { get; set; }
    /// <summary>Local refusals, one per row and field.</summary>
    IReadOnlyList<RecordProblem> Problems { get; set; }
}

namespace SmartGift;

// Int64 so that PowerShell's ConvertTo-Json writes the name, not a number: see RecordStatus.
public enum ReconciliationStatus : long
{
    Confirmed,
    Failed,
    Unknown,
    /// <summary>In the source, never sent (or refused locally).</summary>
    NotSent,
    /// <summary>In the journal, not in the source.</summary>
    NotInSource,
    /// <summary>Confirmed in the journal with other content than the source has now: the change never reached Smart Gift.</summary>
    Conflict,
    /// <summary>Dropped by the operator: never sent, and nothing to do (the import says Skipped too).</summary>
    Skipped,
}

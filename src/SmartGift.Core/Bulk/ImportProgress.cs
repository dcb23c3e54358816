namespace SmartGift;

/// <summary>Progress for the host to show (Write-Progress, a progress bar, a log line).</summary>
public sealed class ImportProgress : ImportEvent
{
    private string? _status;

    public ImportProgress(int submitted, int completed, string status, TimeSpan? rateLimitWait, TimeSpan? rateLimitWaitTotal = null)
    {
        Submitted = submitted;
        Completed = completed;
        _status = status;
        RateLimitWait = rateLimitWait;
        RateLimitWaitTotal = rateLimitWaitTotal ?? rateLimitWait;
    }

    private ImportProgress(int submitted, int completed)
    {
        Submitted = submitted;
        Completed = completed;
    }

    /// <summary>Something the operator must read, not a passing status (a torn journal line, records taken into the ledger): hosts show it as a warning.</summary>
    public bool IsNote { get; private set; }

    internal static ImportProgress Note(int submitted, int completed, string text) => new ImportProgress(submitted, completed, text, null) { IsNote = true };

    /// <summary>"12 of 40 done": its text is made only when a host shows it (one of these follows every record).</summary>
    internal static ImportProgress Counts(int submitted, int completed) => new ImportProgress(submitted, completed);

    /// <summary>Records handed to the engine so far (the total is unknown while streaming).</summary>
    public int Submitted { get; }
    public int Completed { get; }
    /// <summary>e.g. "sending order 123" or "waiting 23 s for the rate limit".</summary>
    public string Status => _status ??= Completed + " of " + Submitted + " done";
    /// <summary>Set when the governor is making requests wait: what is left of the wait.</summary>
    public TimeSpan? RateLimitWait { get; }

    /// <summary>The whole length of the current wait, for a percent; RateLimitWait is less on the countdown's ticks.</summary>
    public TimeSpan? RateLimitWaitTotal { get; }

    /// <summary>A tick of a wait already announced (about once a second), not the start of a new one.</summary>
    public bool IsCountdown => RateLimitWait != null && RateLimitWait < RateLimitWaitTotal;

    /// <summary>How much of the current wait has passed, 0 to 100; -1 when not waiting.</summary>
    public int WaitPercent => RateLimitWait is TimeSpan left && RateLimitWaitTotal is TimeSpan total && total > TimeSpan.Zero
        ? RateLimitCountdown.Percent(left, total)
        : -1;
}

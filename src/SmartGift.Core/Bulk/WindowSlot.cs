namespace SmartGift;

/// <summary>
/// One record's place in the run's input order: a result known at once (invalid, skipped), or a
/// send to start when the window allows (it journals, sends and journals the outcome, and must
/// not throw). The reorder buffer is a queue of these.
/// </summary>
internal sealed class WindowSlot<TResult>(TResult result, Func<CancellationToken, Task<SendOutcome>>? send)
    where TResult : ImportEvent, IRecordResult
{
    public TResult Result { get; } = result;
    public Func<CancellationToken, Task<SendOutcome>>? Send { get; } = send;
    /// <summary>Result is settled: known at once, or not sent after all (stopped, cancelled).</summary>
    public bool Ready { get; set; } = send == null;
    public Task<SendOutcome>? Running { get; set; }
    public bool Waiting => !Ready && Running == null;
}

/// <summary>
/// How one send ended: the record's status and words, the error that decides whether the run
/// goes on, and Fatal when the run cannot go on (401, the ledger or journal cannot be written).
/// </summary>
internal sealed record SendOutcome(RecordStatus Status, string? Detail, SmartGiftError? Error, Exception? Fatal = null);

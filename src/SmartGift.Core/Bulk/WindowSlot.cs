namespace SmartGift;

/// <summary>
/// One record's place in the run's input order: either a result known at once (invalid, skipped)
/// or a send to start when the window allows. The reorder buffer is a queue of these. The send
/// journals, sends and journals the outcome, and must not throw; make builds the record's result
/// when it is not sent after all (stopped, cancelled).
/// </summary>
internal sealed class WindowSlot<TResult>(TResult? ready, Func<CancellationToken, Task<SendOutcome<TResult>>>? send,
    Func<RecordStatus, string, SmartGiftError?, TResult> make)
    where TResult : ImportEvent, IRecordResult
{
    public static WindowSlot<TResult> Done(TResult result) => new WindowSlot<TResult>(result, null, (s, d, e) => result);

    public static WindowSlot<TResult> ToSend(Func<CancellationToken, Task<SendOutcome<TResult>>> send, Func<RecordStatus, string, SmartGiftError?, TResult> make) =>
        new WindowSlot<TResult>(null, send, make);

    public TResult? Ready { get; set; } = ready;
    public Func<CancellationToken, Task<SendOutcome<TResult>>>? Send { get; } = send;
    public Func<RecordStatus, string, SmartGiftError?, TResult> Make { get; } = make;
    public Task<SendOutcome<TResult>>? Running { get; set; }
    public bool Waiting => Ready == null && Running == null;
}

/// <summary>
/// What one send produced: the result, the error that decides whether the run goes on, and
/// Fatal when the run cannot go on (401, the journal cannot be written).
/// </summary>
internal sealed record SendOutcome<TResult>(TResult Result, SmartGiftError? Error, Exception? Fatal = null) where TResult : ImportEvent, IRecordResult;

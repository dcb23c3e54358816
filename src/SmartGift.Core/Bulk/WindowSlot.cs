namespace SmartGift;

/// <summary>
/// One record's place in the run's input order: either a result known at once (invalid, skipped)
/// or a send to start when the window allows. The reorder buffer is a queue of these.
/// </summary>
internal sealed class WindowSlot<TResult> where TResult : ImportEvent, IRecordResult
{
    private WindowSlot(TResult? ready, Func<CancellationToken, Task<SendOutcome<TResult>>>? send, Func<RecordStatus, string, SmartGiftError?, TResult> make)
    {
        Ready = ready;
        Send = send;
        Make = make;
    }

    public static WindowSlot<TResult> Done(TResult result) => new WindowSlot<TResult>(result, null, (s, d, e) => result);

    /// <param name="send">Journals, sends and journals the outcome; must not throw.</param>
    /// <param name="make">Builds this record's result when it is not sent after all (stopped, cancelled).</param>
    public static WindowSlot<TResult> ToSend(Func<CancellationToken, Task<SendOutcome<TResult>>> send, Func<RecordStatus, string, SmartGiftError?, TResult> make) =>
        new WindowSlot<TResult>(null, send, make);

    public TResult? Ready { get; set; }
    public Func<CancellationToken, Task<SendOutcome<TResult>>>? Send { get; }
    public Func<RecordStatus, string, SmartGiftError?, TResult> Make { get; }
    public Task<SendOutcome<TResult>>? Running { get; set; }
    public bool Waiting => Ready == null && Running == null;
}

/// <summary>What one send produced: the result, and the error that decides whether the run goes on.</summary>
/// <param name="Result">The record's result.</param>
/// <param name="Error">The error that decides whether the run goes on.</param>
/// <param name="Fatal">Set when the run cannot go on (401, the journal cannot be written).</param>
internal sealed record SendOutcome<TResult>(TResult Result, SmartGiftError? Error, Exception? Fatal = null) where TResult : ImportEvent, IRecordResult;

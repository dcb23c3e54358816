namespace SmartGift;

/// <summary>
/// What a journaled write asks of the pipeline (DESIGN 6 and 15): Stop ends any wait before the
/// request leaves (rate limit, a queue), and then the request is not sent; Leaving runs once the
/// governor has let the request start, just before it leaves (the journal's Sending line), so
/// a process killed while it waits leaves nothing behind that looks sent.
/// </summary>
internal sealed class WriteHooks(Func<string?> leaving, CancellationToken stop)
{
    public CancellationToken Stop { get; } = stop;

    /// <summary>Why the request must stay here (the journal could not be written, another run has the record); null: it leaves.</summary>
    public Func<string?> Leaving { get; } = leaving ?? throw new ArgumentNullException(nameof(leaving));
}

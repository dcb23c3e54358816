namespace SmartGift;

/// <summary>
/// What a journaled write asks of the pipeline (DESIGN 6 and 15): Stop ends any wait before the
/// request leaves (rate limit, a queue), and then the request is not sent; Leaving runs once the
/// governor has let the request start, just before it leaves (the journal's Sending line), so
/// a process killed while it waits leaves nothing behind that looks sent. Leaving says why the
/// request must stay (the journal could not be written, another run has the record), or null.
/// </summary>
internal sealed record WriteHooks(Func<string?> Leaving, CancellationToken Stop)
{
    public Func<string?> Leaving { get; } = Leaving ?? throw new ArgumentNullException(nameof(Leaving));
}

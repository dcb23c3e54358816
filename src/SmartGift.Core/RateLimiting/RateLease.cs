namespace SmartGift;

/// <summary>
/// Permission for one request to start, counted as in flight until its answer is observed or
/// the request fails. Remembers the window it started in, so a late answer from an older
/// window does not lower the new window's budget.
/// </summary>
internal sealed class RateLease : IDisposable
{
    private readonly RateGovernor _governor;
    private int _released;

    public RateLease(RateGovernor governor, long epoch, DateTimeOffset sentAt)
    {
        _governor = governor;
        Epoch = epoch;
        SentAt = sentAt;
    }

    public long Epoch { get; }

    /// <summary>When the request was let go, on this machine's clock: it reached the server no earlier.</summary>
    public DateTimeOffset SentAt { get; }

    /// <summary>True the first time only, so an answer and a Dispose never release twice.</summary>
    internal bool TryRelease() => Interlocked.Exchange(ref _released, 1) == 0;

    public void Dispose()
    {
        if (TryRelease()) _governor.ReleaseWithoutAnswer();
    }
}

namespace SmartGift;

/// <summary>
/// Permission for one request to start, in flight until its answer is observed or it fails. Its
/// window (Epoch) keeps a late answer from an older window from lowering the new one's budget.
/// </summary>
internal sealed class RateLease(RateGovernor governor, long epoch, DateTimeOffset sentAt) : IDisposable
{
    private int _released;

    public long Epoch { get; } = epoch;

    /// <summary>When the request was let go, on this machine's clock: it reached the server no earlier.</summary>
    public DateTimeOffset SentAt { get; } = sentAt;

    /// <summary>True the first time only, so an answer and a Dispose never release twice.</summary>
    internal bool TryRelease() => Interlocked.Exchange(ref _released, 1) == 0;

    public void Dispose()
    {
        if (TryRelease()) governor.ReleaseWithoutAnswer();
    }
}

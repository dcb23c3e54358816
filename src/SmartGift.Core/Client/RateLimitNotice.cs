namespace SmartGift;

/// <summary>Told to the host when the governor makes a request wait, so the host can show why.</summary>
public sealed class RateLimitNotice
{
    public RateLimitNotice(TimeSpan delay, string reason)
    {
        Delay = delay;
        Reason = reason;
    }

    public TimeSpan Delay { get; }
    /// <summary>e.g. "waiting 23 s for the rate limit (0 of 60 left, window resets 14:02:10)".</summary>
    public string Reason { get; }

    public override string ToString() => Reason;
}

namespace SmartGift;

/// <summary>Told to the host when the governor makes a request wait, so the host can show why.</summary>
public sealed class RateLimitNotice(TimeSpan delay, string reason)
{
    public TimeSpan Delay { get; } = delay;
    /// <summary>e.g. "waiting 23 s for the rate limit (0 of 60 left, window resets 14:02:10)".</summary>
    public string Reason { get; } = reason;

    public override string ToString() => Reason;
}

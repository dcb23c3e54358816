namespace SmartGift;

public sealed partial class SmartGiftClient
{
    /// <summary>
    /// Raised (on any thread) whenever the rate governor makes a request of this client wait.
    /// Imports subscribe to turn waits into progress events on their host's thread.
    /// </summary>
    public event Action<RateLimitNotice>? RateLimitWaiting;

    /// <summary>The one place a wait is announced: the options callback and the event.</summary>
    internal void NotifyRateLimitWait(RateLimitNotice notice)
    {
        Options.OnRateLimitWait?.Invoke(notice);
        RateLimitWaiting?.Invoke(notice);
    }
}

namespace SmartGift.MockServer.RateLimiting;

/// <summary>
/// Laravel's throttle: per key, a fixed window that opens at the first request and lasts
/// the window length on the simulator clock; requests over the limit are refused, not counted.
/// </summary>
internal sealed class FixedWindowRateLimiter
{
    private readonly object _gate = new object();
    private readonly Dictionary<string, (DateTimeOffset EndsAt, int Count)> _windows = new(StringComparer.Ordinal);

    public FixedWindowRateLimiter(int limit, TimeSpan length) => Configure(limit, length);

    public int Limit { get; private set; }

    public TimeSpan Length { get; private set; }

    /// <summary>Sets the limit and window and forgets every open window.</summary>
    public void Configure(int limit, TimeSpan length)
    {
        if (limit < 1 || length <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), "The limit must be at least 1 and the window positive.");
        }

        lock (_gate)
        {
            Limit = limit;
            Length = length;
            _windows.Clear();
        }
    }

    /// <summary>Counts a request in the key's window; with count false only reads the window (for a simulated 429).</summary>
    public RateDecision Hit(string bucket, DateTimeOffset now, bool count = true)
    {
        lock (_gate)
        {
            if (!_windows.TryGetValue(bucket, out var window) || now >= window.EndsAt)
            {
                window = (now + Length, 0);
            }

            var allowed = window.Count < Limit;
            if (allowed && count)
            {
                window.Count++;
            }

            _windows[bucket] = window;
            return new RateDecision(allowed, Limit, Limit - window.Count, window.EndsAt);
        }
    }
}

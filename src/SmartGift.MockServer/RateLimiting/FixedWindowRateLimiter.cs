namespace SmartGift.MockServer.RateLimiting;

/// <summary>
/// Laravel's throttle: per key, a fixed window that opens at the first request and lasts
/// the window length on the simulator clock; requests over the limit are refused, not counted.
/// </summary>
internal sealed class FixedWindowRateLimiter
{
    private readonly object _gate = new object();
    private readonly Dictionary<string, Window> _windows = new Dictionary<string, Window>(StringComparer.Ordinal);
    private int _limit;
    private TimeSpan _length;

    public FixedWindowRateLimiter(int limit, TimeSpan length)
    {
        Configure(limit, length);
    }

    public int Limit
    {
        get { lock (_gate) { return _limit; } }
    }

    public TimeSpan Length
    {
        get { lock (_gate) { return _length; } }
    }

    /// <summary>Sets the limit and window and forgets every open window.</summary>
    public void Configure(int limit, TimeSpan length)
    {
        if (limit < 1 || length <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), "The limit must be at least 1 and the window positive.");
        }

        lock (_gate)
        {
            _limit = limit;
            _length = length;
            _windows.Clear();
        }
    }

    public RateDecision Hit(string bucket, DateTimeOffset now)
    {
        lock (_gate)
        {
            var window = Current(bucket, now);
            if (window.Count >= _limit)
            {
                return new RateDecision(false, _limit, 0, window.EndsAt);
            }

            window.Count++;
            return new RateDecision(true, _limit, _limit - window.Count, window.EndsAt);
        }
    }

    /// <summary>The state of a key's window without counting a request (for a simulated 429).</summary>
    public RateDecision Peek(string bucket, DateTimeOffset now)
    {
        lock (_gate)
        {
            var window = Current(bucket, now);
            return new RateDecision(window.Count < _limit, _limit, Math.Max(0, _limit - window.Count), window.EndsAt);
        }
    }

    private Window Current(string bucket, DateTimeOffset now)
    {
        if (!_windows.TryGetValue(bucket, out var window) || now >= window.EndsAt)
        {
            window = new Window(now + _length);
            _windows[bucket] = window;
        }

        return window;
    }

    private sealed class Window
    {
        public Window(DateTimeOffset endsAt) => EndsAt = endsAt;

        public DateTimeOffset EndsAt { get; }
        public int Count { get; set; }
    }
}

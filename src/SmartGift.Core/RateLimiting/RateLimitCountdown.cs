namespace SmartGift;

/// <summary>
/// The one countdown of a rate-limit wait, for the imports (SendWindow's ImportProgress ticks),
/// the PowerShell cmdlets' other calls (ApiCallCommand) and the CLI's live column and log lines
/// (RateLimitWaits). The client's notices arrive on any thread (Notice, or Start for the CLI's
/// lines); the host reads them and the ticks on its own (TakeNotices, Tick).
/// </summary>
internal sealed class RateLimitCountdown(TimeProvider clock)
{
    private readonly object _gate = new object();
    private readonly TimeProvider _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    private readonly Queue<RateLimitNotice> _notices = new Queue<RateLimitNotice>();
    private DateTimeOffset? _ends;
    private TimeSpan _total;
    private long _secondsShown;

    public bool Running { get { lock (_gate) return _ends != null; } }

    public TimeSpan Total { get { lock (_gate) return _total; } }

    public TimeSpan? Remaining
    {
        get { lock (_gate) return _ends - _clock.GetUtcNow() is TimeSpan left && left > TimeSpan.Zero ? left : null; }
    }

    /// <summary>True when the notice started or lengthened the wait (several requests may wait for one window).</summary>
    public bool Start(RateLimitNotice notice)
    {
        if (notice == null) throw new ArgumentNullException(nameof(notice));
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            if (_ends > now && now + notice.Delay <= _ends) return false;
            _ends = now + notice.Delay;
            _total = notice.Delay;
            _secondsShown = WholeSeconds(notice.Delay);
            return true;
        }
    }

    /// <summary>The client's notice, on any thread: kept for the host's TakeNotices.</summary>
    public void Notice(RateLimitNotice notice) { lock (_gate) _notices.Enqueue(notice); }

    /// <summary>The notices since the last call, started on the host's thread: its End never cuts short an untold wait.</summary>
    public IReadOnlyList<RateLimitNotice> TakeNotices()
    {
        lock (_gate)
        {
            var notices = _notices.ToArray();
            _notices.Clear();
            foreach (var notice in notices) Start(notice);
            return notices;
        }
    }

    /// <summary>What is left of the wait when its whole seconds changed since the last tick; null otherwise, or once it has passed.</summary>
    public TimeSpan? Tick()
    {
        lock (_gate)
        {
            if (_ends is not DateTimeOffset ends) return null;
            var left = ends - _clock.GetUtcNow();
            if (left <= TimeSpan.Zero)
            {
                _ends = null;
                return null;
            }
            var seconds = WholeSeconds(left);
            if (seconds == _secondsShown) return null;
            _secondsShown = seconds;
            return left;
        }
    }

    public void End() { lock (_gate) _ends = null; }

    public static string Status(TimeSpan left) =>
        "waiting " + WholeSeconds(left).ToString(CultureInfo.InvariantCulture) + " s for the rate limit";

    public static int Percent(TimeSpan left, TimeSpan total) =>
        total > TimeSpan.Zero ? (int)Math.Max(0, Math.Min(100, 100 * (total - left).Ticks / total.Ticks)) : 0;

    private static long WholeSeconds(TimeSpan span) => (long)Math.Ceiling(span.TotalSeconds);
}

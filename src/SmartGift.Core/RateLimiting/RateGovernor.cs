namespace SmartGift;

/// <summary>
/// Paces the requests of one API key (DESIGN 7). In each window it counts the requests it
/// started (answered or still in flight) and a lower bound on what others used (the server's
/// count, Limit - X-RateLimit-Remaining, beyond everything this process had started when the
/// answer came), and lets a request start only while Limit - started - others is above zero.
/// Alone on a key this is exact: no 429, and no slot of the window wasted. When it is spent and
/// nothing is in flight, every blocked request shares one wait until the window ends. A 429
/// says when (Retry-After / X-RateLimit-Reset); otherwise the end is worked out on this
/// machine's clock (see WindowEnd): from the send time of the request that opened the window
/// when its answer shows it did (Remaining = Limit - 1), else from the latest the window can
/// have started. The window length is learned from a 429, or 60 s per document 002. Server
/// times are turned into local ones through the clock skew measured from Date headers. A 429
/// is waited out by the pipeline's rate-limit retry (RateLimitRetry), which asks ThrottleWait
/// how long; each host callback is told once per window, whichever of the two waits.
/// </summary>
internal sealed class RateGovernor
{
    /// <summary>Date, Retry-After and X-RateLimit-Reset have one-second resolution.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ShortestWait = TimeSpan.FromSeconds(1);

    /// <summary>Allowance for the opener reaching the throttle slower than the next window's first (scheduling, timer).</summary>
    internal static readonly TimeSpan Jitter = TimeSpan.FromMilliseconds(20);

    private readonly object _gate = new object();
    private int? _limit;
    private int _started;
    private int _othersAtLeast;
    private bool _spent;
    private int _inFlight;
    private int _peakInFlight;
    private long _epoch;
    private TimeSpan _window = TimeSpan.FromSeconds(60);
    private ClockSkew _skew;
    /// <summary>False after any 429: the send-time estimate of a window's start is then not trusted, only bounds are.</summary>
    private bool _trustOpener = true;

    // What this window's answers said (cleared when it rolls), all on this machine's clock.
    private Opener? _opener;
    /// <summary>The latest the window can have started: the earliest arrival bound of its answered requests.</summary>
    private DateTimeOffset? _startedBy;
    private TimeSpan? _fastest;
    private DateTimeOffset? _windowEnd;
    /// <summary>_windowEnd is the server's (a 429's Retry-After or X-RateLimit-Reset), not the client's estimate.</summary>
    private bool _endTold;
    private WindowWait? _wait;
    /// <summary>The host callbacks already told about this window's wait.</summary>
    private readonly HashSet<Action<RateLimitNotice>> _told = new HashSet<Action<RateLimitNotice>>();
    private TaskCompletionSource<bool> _changed = NewSignal();

    /// <summary>For tests: the most requests ever in flight at once (bulk work must overlap requests).</summary>
    internal int PeakInFlight { get { lock (_gate) return _peakInFlight; } }

    internal TimeSpan Window { get { lock (_gate) return _window; } }

    /// <summary>Until the first answer tells the budget, one request goes at a time. Never waits longer than maxWait.</summary>
    public async Task<RateLease> AcquireAsync(TimeProvider time, Action<RateLimitNotice>? notify, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Task waitOn;
            RateLimitNotice? notice = null;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                // The window ended on its own (no wait was needed): start afresh.
                if (_wait == null && WindowEnd() is DateTimeOffset due && now >= due) Roll();
                if (_limit == null ? _inFlight == 0 && !_spent : !_spent && _limit.Value - _started - _othersAtLeast > 0)
                {
                    _started++;
                    _inFlight++;
                    if (_inFlight > _peakInFlight) _peakInFlight = _inFlight;
                    return new RateLease(this, _epoch, now);
                }

                if (_inFlight > 0)
                {
                    // Answers still to come will say more (a new window, a 429): wait for them.
                    waitOn = _changed.Task;
                }
                else
                {
                    var wait = _wait;
                    if (wait == null)
                    {
                        _wait = wait = NextWindow(time, now);
                        wait.Task = SleepThenRollAsync(time, wait);
                    }
                    if (wait.Notice.Delay > maxWait)
                        throw new RateWaitTooLongException("the rate limit would need a wait of " + Seconds(wait.Notice.Delay)
                            + " s, more than the " + Seconds(maxWait) + " s allowed (MaxRateLimitWait); " + wait.Notice.Reason);
                    notice = FirstTimeFor(notify) ? wait.Notice : null;
                    waitOn = wait.Task;
                }
            }

            if (notice != null) Tell(notify!, notice);
            await WaitAsync(waitOn, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Takes in an answer and releases its lease; for a 429, how long the server asked to wait (if it said).</summary>
    public TimeSpan? Observe(RateLease lease, int statusCode, RateLimitHeaders headers, DateTimeOffset localNow)
    {
        if (!lease.TryRelease()) return null;
        TimeSpan? serverWait = null;
        lock (_gate)
        {
            _inFlight--;
            if (headers.Date is DateTimeOffset date) _skew = _skew.With(date, lease.SentAt, localNow);
            if (headers.Limit is int limit && limit > 0) _limit = limit;

            if (lease.Epoch == _epoch)
            {
                var roundTrip = Later(localNow - lease.SentAt, TimeSpan.Zero);
                if (_fastest == null || roundTrip < _fastest) _fastest = roundTrip;
                // The request reached the server's throttle before its answer came back, and before the answer's Date (plus a second) ended.
                var answered = headers.Date is DateTimeOffset stamped
                    ? Earlier(localNow, _skew.ToLocal(stamped + Margin)) : localNow;
                var arrivedBy = Later(answered, lease.SentAt);
                if (_startedBy == null || arrivedBy < _startedBy) _startedBy = arrivedBy;

                if (statusCode != 429 && headers.Remaining is int left && _limit is int max && left == max - 1)
                {
                    // Remaining = Limit - 1: this request opened the window.
                    _opener = new Opener(lease.SentAt, roundTrip, arrivedBy, headers.Date);
                }
                if (headers.Remaining is int remaining && _limit is int known)
                {
                    // The server's count includes at most everything this process has started so far; the rest was someone else.
                    _othersAtLeast = Math.Max(_othersAtLeast, known - remaining - _started);
                }
            }

            if (statusCode == 429) serverWait = TakeThrottle(headers, localNow);
            Signal();
        }
        return serverWait;
    }

    /// <summary>After a 429: the wait (at least 1 s) and its words; the caller waits, then AcquireAsync finds it over.</summary>
    public RateLimitNotice ThrottleWait(TimeProvider time)
    {
        lock (_gate) return NextWindow(time, time.GetUtcNow()).Notice;
    }

    /// <summary>Tells a host of a 429's wait, unless it was told of this window's wait.</summary>
    public void Announce(RateLimitNotice wait, Action<RateLimitNotice>? notify)
    {
        bool first;
        lock (_gate) first = FirstTimeFor(notify);
        if (first) Tell(notify!, wait);
    }

    /// <summary>A request that failed without an answer: its allowance is not given back (it may have been counted).</summary>
    internal void ReleaseWithoutAnswer()
    {
        lock (_gate)
        {
            _inFlight--;
            Signal();
        }
    }

    /// <summary>A 429: the window is spent; from now on its end comes from bounds only, not the opener's send time.</summary>
    private TimeSpan? TakeThrottle(RateLimitHeaders headers, DateTimeOffset localNow)
    {
        _spent = true;
        _trustOpener = false;
        var serverNow = headers.Date ?? _skew.ToServer(localNow);
        DateTimeOffset? end = null;
        if (headers.RetryAfter is TimeSpan after) end = serverNow + after;
        else if (headers.Reset is DateTimeOffset reset) end = reset;
        if (end is DateTimeOffset known)
        {
            if (_opener?.Date is DateTimeOffset start)
            {
                var learned = TimeSpan.FromSeconds(Math.Round((known - start).TotalSeconds));
                if (learned >= TimeSpan.FromSeconds(1) && learned <= TimeSpan.FromHours(1)) _window = learned;
            }
            // Without a Date the answer's own arrival stands for the server's "now" (it was stamped no later).
            _windowEnd = (headers.Date == null ? localNow + (known - serverNow) : _skew.ToLocal(known)) + Margin;
            _endTold = true;
            return known - serverNow;
        }
        _windowEnd = WindowEnd() ?? localNow + _window + Margin;
        return null;
    }

    /// <summary>
    /// When this window ends on this machine's clock, or null while nothing says when it began.
    /// It opened when its opener reached the throttle; the next window's first request, sent the
    /// window length later, takes the same way, so only a difference between the two ways makes
    /// it early: the margin is the opener's round trip beyond the fastest (a new connection) plus
    /// Jitter, never past the latest the opener can have arrived. Else it began no later than the
    /// earliest arrival bound of its answers.
    /// </summary>
    private DateTimeOffset? WindowEnd()
    {
        if (_windowEnd is DateTimeOffset given) return given;
        if (_trustOpener && _opener is Opener opener)
        {
            var excess = Later(opener.RoundTrip - (_fastest ?? opener.RoundTrip), TimeSpan.Zero);
            var margin = Earlier(excess + Jitter, opener.ArrivedBy - opener.SentAt);
            return opener.SentAt + margin + _window;
        }
        if (_startedBy is DateTimeOffset by) return by + _window;
        return null;
    }

    /// <summary>The window's end, pinned, and the wait till then (with no answer, the window began before now if at all).</summary>
    private WindowWait NextWindow(TimeProvider time, DateTimeOffset now)
    {
        var end = WindowEnd() ?? now + _window + Margin;
        _windowEnd = end;
        var delay = Later(end - now, ShortestWait);
        return new WindowWait(end, new RateLimitNotice(delay, Reason(time, delay, end)));
    }

    /// <summary>
    /// "waiting 23 s for the rate limit (0 of 60 left, window resets 14:02:10)" when a 429 said when;
    /// an estimate says so (issue 21, finding 5): "window resets about 14:02:10, estimated: ...".
    /// </summary>
    private string Reason(TimeProvider time, TimeSpan delay, DateTimeOffset end)
    {
        var localEnd = TimeZoneInfo.ConvertTime(end, time.LocalTimeZone).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        return "waiting " + Seconds(delay) + " s for the rate limit (0 of " + (_limit?.ToString(CultureInfo.InvariantCulture) ?? "?")
            + " left, window resets " + (_endTold ? localEnd : "about " + localEnd + ", estimated: Smart Gift gives the time only on a 429") + ")";
    }

    /// <summary>True for this callback the first time it asks in this window.</summary>
    private bool FirstTimeFor(Action<RateLimitNotice>? callback) => callback != null && _told.Add(callback);

    private async Task SleepThenRollAsync(TimeProvider time, WindowWait wait)
    {
        try
        {
            var delay = wait.Notice.Delay;
            while (delay > TimeSpan.Zero)
            {
                await time.Delay(delay, CancellationToken.None).ConfigureAwait(false);
                // A timer may fire a little early (millisecond ticks); the end itself is what counts.
                delay = wait.End - time.GetUtcNow();
            }
        }
        finally
        {
            lock (_gate)
            {
                if (ReferenceEquals(_wait, wait)) Roll();
            }
        }
    }

    private void Roll()
    {
        _epoch++;
        _wait = null;
        _opener = null;
        _startedBy = null;
        _fastest = null;
        _windowEnd = null;
        _endTold = false;
        _spent = false;
        _othersAtLeast = 0;
        _told.Clear();
        // Requests still in flight from the old window may be counted in the new one.
        _started = _inFlight;
        Signal();
    }

    private void Signal()
    {
        var old = _changed;
        _changed = NewSignal();
        old.TrySetResult(true);
    }

    /// <summary>The request that opened a window; its Date teaches the window's length from a 429's reset.</summary>
    private readonly record struct Opener(
        DateTimeOffset SentAt, TimeSpan RoundTrip, DateTimeOffset ArrivedBy, DateTimeOffset? Date);

    /// <summary>The one wait all blocked requests share: one timer, so a burst sleeps once (a test clock moves once).</summary>
    private sealed record WindowWait(DateTimeOffset End, RateLimitNotice Notice)
    {
        public Task Task { get; set; } = Task.CompletedTask;
    }

    private static T Later<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) >= 0 ? a : b;

    private static T Earlier<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) <= 0 ? a : b;

    private static TaskCompletionSource<bool> NewSignal() => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

    private static string Seconds(TimeSpan span) => Math.Ceiling(span.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    /// <summary>A host's callback must not break the request it is told about.</summary>
    private static void Tell(Action<RateLimitNotice> notify, RateLimitNotice notice)
    {
        try { notify(notice); }
        catch (Exception) { /* the host's problem to log; the request goes on */ }
    }

    /// <summary>Awaits a shared task for one caller, who may give up without cancelling it for the others.</summary>
    private static async Task WaitAsync(Task shared, CancellationToken cancellationToken)
    {
        if (cancellationToken.CanBeCanceled && !shared.IsCompleted)
        {
            var cancelled = NewSignal();
            using (cancellationToken.Register(state => ((TaskCompletionSource<bool>)state!).TrySetResult(true), cancelled))
            {
                var first = await Task.WhenAny(shared, cancelled.Task).ConfigureAwait(false);
                if (first != shared) cancellationToken.ThrowIfCancellationRequested();
            }
        }
        await shared.ConfigureAwait(false);
    }
}

/// <summary>The governor would have to wait longer than the caller allows (Options.MaxRateLimitWait).</summary>
internal sealed class RateWaitTooLongException(string message) : Exception(message);

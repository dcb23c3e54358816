using System.Globalization;

namespace SmartGift.RateLimiting
{
    /// <summary>
    /// Paces the requests of one API key (DESIGN 7). In each window it counts the requests it
    /// started (answered or still in flight) and a lower bound on what others used (the server's
    /// count, Limit - X-RateLimit-Remaining, beyond everything this process had started when the
    /// answer came), and lets a request start only while Limit - started - others is above zero.
    /// Alone on a key this is exact: no 429, and no slot of the window wasted. When it is spent and
    /// nothing is in flight, every blocked request shares one wait until the window ends: the
    /// end comes from a 429's Retry-After / X-RateLimit-Reset, or else from the first answer's
    /// Date plus the window length (learned from a 429, or 60 s per document 002). Server times
    /// are turned into local ones through the clock skew measured from Date headers. A 429 is
    /// waited out by the pipeline's rate-limit retry (RateLimitRetry), which asks ThrottleWait
    /// how long; each host callback is told once per window, whichever of the two waits.
    /// </summary>
    internal sealed class RateGovernor
    {
        /// <summary>Date has one-second resolution, so a window end is known to within a second.</summary>
        private static readonly TimeSpan Margin = TimeSpan.FromSeconds(1);
        private static readonly TimeSpan ShortestWait = TimeSpan.FromSeconds(1);

        private readonly object _gate = new object();
        private int? _limit;
        private int _started;
        private int _othersAtLeast;
        private bool _spent;
        private int _inFlight;
        private int _peakInFlight;
        private long _epoch;
        private TimeSpan _window = TimeSpan.FromSeconds(60);
        private TimeSpan _skew;
        private DateTimeOffset? _windowStart;
        private bool _windowStartExact;
        private DateTimeOffset? _windowEnd;
        private WindowWait? _wait;
        /// <summary>The host callbacks already told about this window's wait (cleared when it rolls).</summary>
        private readonly HashSet<Action<RateLimitNotice>> _told = new HashSet<Action<RateLimitNotice>>();
        private TaskCompletionSource<bool> _changed = NewSignal();

        /// <summary>For tests and diagnostics: requests started and not yet answered.</summary>
        internal int InFlight { get { lock (_gate) return _inFlight; } }

        /// <summary>For tests: the most requests ever in flight at once (bulk work must overlap requests).</summary>
        internal int PeakInFlight { get { lock (_gate) return _peakInFlight; } }

        /// <summary>The window length in use (60 s until a 429 teaches otherwise).</summary>
        internal TimeSpan Window { get { lock (_gate) return _window; } }

        /// <summary>
        /// Waits until a request may start. Until the first answer tells the budget, one request
        /// goes at a time. Throws RateWaitTooLongException rather than wait longer than maxWait.
        /// </summary>
        public async Task<RateLease> AcquireAsync(TimeProvider time, Action<RateLimitNotice>? notify, TimeSpan maxWait, CancellationToken cancellationToken)
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Task waitOn;
                RateLimitNotice? notice = null;
                lock (_gate)
                {
                    var serverNow = time.GetUtcNow() + _skew;
                    RollIfDue(serverNow);
                    if (_limit == null ? _inFlight == 0 && !_spent : Allowance() > 0)
                    {
                        _started++;
                        _inFlight++;
                        if (_inFlight > _peakInFlight) _peakInFlight = _inFlight;
                        return new RateLease(this, _epoch);
                    }

                    if (_inFlight > 0)
                    {
                        // Answers still to come will say more (a new window, a 429): wait for them.
                        waitOn = _changed.Task;
                    }
                    else
                    {
                        var wait = _wait ?? StartWindowWait(time, serverNow);
                        if (wait.Delay > maxWait)
                            throw new RateWaitTooLongException("the rate limit would need a wait of " + Seconds(wait.Delay) + " s, more than the " + Seconds(maxWait) + " s allowed (MaxRateLimitWait); " + wait.Reason);
                        notice = NoticeFor(notify, wait.Delay, wait.Reason);
                        waitOn = wait.Task;
                    }
                }

                if (notice != null) Tell(notify!, notice);
                await CancellableWait.WaitAsync(waitOn, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// Takes in an answer's headers and releases its lease. For a 429 it returns how long the
        /// server asked to wait (null when it did not say), so the caller can refuse a long wait.
        /// </summary>
        public TimeSpan? Observe(RateLease lease, int statusCode, RateLimitHeaders headers, DateTimeOffset localNow)
        {
            if (!lease.TryRelease()) return null;
            TimeSpan? serverWait = null;
            lock (_gate)
            {
                _inFlight--;
                if (headers.Date is DateTimeOffset date) _skew = date - localNow;
                if (headers.Limit is int limit && limit > 0) _limit = limit;

                if (lease.Epoch == _epoch)
                {
                    if (_windowStart == null && headers.Date is DateTimeOffset first)
                    {
                        _windowStart = first;
                        // Remaining = Limit - 1 means this was the window's first request, so its Date is the window's start.
                        _windowStartExact = headers.Remaining != null && _limit != null && headers.Remaining == _limit - 1;
                    }
                    if (headers.Remaining is int remaining && _limit is int known)
                    {
                        // The server's count includes at most everything this process has started so far; the rest was someone else.
                        var counted = known - remaining;
                        _othersAtLeast = Math.Max(_othersAtLeast, counted - _started);
                    }
                }

                if (statusCode == 429)
                {
                    serverWait = TakeThrottle(headers, localNow);
                }
                Signal();
            }
            return serverWait;
        }

        /// <summary>
        /// After a 429 was observed: how long until the window opens again on this machine's clock
        /// (at least a second), and the words for it. The wait is the caller's to do: the next
        /// AcquireAsync after it finds the window over and starts afresh without a wait of its own.
        /// </summary>
        public RateLimitNotice ThrottleWait(TimeProvider time)
        {
            lock (_gate)
            {
                var serverNow = time.GetUtcNow() + _skew;
                var end = _windowEnd ?? (_windowStart ?? serverNow) + _window + Margin;
                _windowEnd = end;
                var delay = end - serverNow;
                if (delay < ShortestWait) delay = ShortestWait;
                return new RateLimitNotice(delay, Reason(time, delay, end));
            }
        }

        /// <summary>Tells a host of a 429's wait, unless it was already told of this window's wait.</summary>
        public void Announce(RateLimitNotice wait, Action<RateLimitNotice>? notify)
        {
            RateLimitNotice? notice;
            lock (_gate) notice = NoticeFor(notify, wait.Delay, wait.Reason);
            if (notice != null) Tell(notify!, notice);
        }

        /// <summary>A request that failed without an answer: no longer in flight. Its allowance is not given back (it may have been counted).</summary>
        internal void ReleaseWithoutAnswer()
        {
            lock (_gate)
            {
                _inFlight--;
                Signal();
            }
        }

        /// <summary>A 429: the window is spent whatever we thought; note when it ends and learn its length.</summary>
        private TimeSpan? TakeThrottle(RateLimitHeaders headers, DateTimeOffset localNow)
        {
            _spent = true;
            var serverNow = headers.Date ?? localNow + _skew;
            DateTimeOffset? end = null;
            if (headers.RetryAfter is TimeSpan after) end = serverNow + after;
            else if (headers.Reset is DateTimeOffset reset) end = reset;
            if (end is DateTimeOffset known)
            {
                if (_windowStartExact && _windowStart is DateTimeOffset start)
                {
                    var learned = TimeSpan.FromSeconds(Math.Round((known - start).TotalSeconds));
                    if (learned >= TimeSpan.FromSeconds(1) && learned <= TimeSpan.FromHours(1)) _window = learned;
                }
                _windowEnd = known + Margin;
                return known - serverNow;
            }
            _windowEnd = (_windowStart ?? serverNow) + _window + Margin;
            return null;
        }

        private WindowWait StartWindowWait(TimeProvider time, DateTimeOffset serverNow)
        {
            var end = _windowEnd ?? (_windowStart ?? serverNow) + _window + Margin;
            _windowEnd = end;
            var delay = end - serverNow;
            if (delay < ShortestWait) delay = ShortestWait;
            var wait = new WindowWait(delay, Reason(time, delay, end));
            _wait = wait;
            wait.Task = SleepThenRollAsync(time, wait);
            return wait;
        }

        /// <summary>"waiting 23 s for the rate limit (0 of 60 left, window resets 14:02:10)". Called under the lock.</summary>
        private string Reason(TimeProvider time, TimeSpan delay, DateTimeOffset serverEnd)
        {
            var localEnd = TimeZoneInfo.ConvertTime(serverEnd - _skew, time.LocalTimeZone);
            return "waiting " + Seconds(delay) + " s for the rate limit (0 of " + (_limit?.ToString(CultureInfo.InvariantCulture) ?? "?")
                + " left, window resets " + localEnd.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + ")";
        }

        /// <summary>The notice for this callback, the first time it asks in this window; null afterwards. Called under the lock.</summary>
        private RateLimitNotice? NoticeFor(Action<RateLimitNotice>? callback, TimeSpan delay, string reason)
        {
            if (callback == null || !_told.Add(callback)) return null;
            return new RateLimitNotice(delay, reason);
        }

        private async Task SleepThenRollAsync(TimeProvider time, WindowWait wait)
        {
            try
            {
                await time.Delay(wait.Delay, CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                lock (_gate)
                {
                    if (ReferenceEquals(_wait, wait)) Roll();
                }
            }
        }

        /// <summary>The window ended on its own (no wait was needed): start afresh.</summary>
        private void RollIfDue(DateTimeOffset serverNow)
        {
            if (_wait != null) return;
            var end = _windowEnd ?? (_windowStart is DateTimeOffset start ? start + _window + Margin : (DateTimeOffset?)null);
            if (end is DateTimeOffset due && serverNow >= due) Roll();
        }

        private void Roll()
        {
            _epoch++;
            _wait = null;
            _windowStart = null;
            _windowStartExact = false;
            _windowEnd = null;
            _spent = false;
            _othersAtLeast = 0;
            _told.Clear();
            // Requests still in flight from the old window may be counted in the new one.
            _started = _inFlight;
            Signal();
        }

        /// <summary>How many more requests may start in this window (Limit known).</summary>
        private int Allowance() => _spent ? 0 : Math.Max(0, _limit!.Value - _started - _othersAtLeast);

        private void Signal()
        {
            var old = _changed;
            _changed = NewSignal();
            old.TrySetResult(true);
        }

        private static TaskCompletionSource<bool> NewSignal() => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        private static string Seconds(TimeSpan span) => Math.Ceiling(span.TotalSeconds).ToString(CultureInfo.InvariantCulture);

        /// <summary>A host's callback must not break the request it is told about.</summary>
        private static void Tell(Action<RateLimitNotice> notify, RateLimitNotice notice)
        {
            try { notify(notice); }
            catch (Exception) { /* the host's problem to log; the request goes on */ }
        }
    }
}

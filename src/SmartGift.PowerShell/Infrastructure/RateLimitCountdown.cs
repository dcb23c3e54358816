using System.Collections.Concurrent;
using System.Globalization;

namespace SmartGift.Commands
{
    /// <summary>
    /// Turns a client's rate-limit notices (raised on any thread) into the lines of a countdown,
    /// read on the pipeline thread: the notice itself when a wait starts, then "waiting N s for
    /// the rate limit" each time the whole seconds left change, with the percent of the wait that
    /// has passed. The same lines as an import's (Core's ImportProgress ticks).
    /// </summary>
    internal sealed class RateLimitCountdown
    {
        private readonly ConcurrentQueue<RateLimitNotice> _notices = new ConcurrentQueue<RateLimitNotice>();
        private readonly TimeProvider _clock;
        private DateTimeOffset? _ends;
        private TimeSpan _total;
        private long _secondsShown;

        public RateLimitCountdown(TimeProvider clock) => _clock = clock;

        /// <summary>True from a notice until the wait has passed or End is called.</summary>
        public bool Running => _ends != null;

        /// <summary>Any thread: the client's RateLimitWaiting event.</summary>
        public void Add(RateLimitNotice notice) => _notices.Enqueue(notice);

        /// <summary>
        /// The pipeline thread: the next line to show, or null when nothing changed. A started
        /// wait comes back as its notice (Started true); ticks follow.
        /// </summary>
        public CountdownLine? Next()
        {
            var now = _clock.GetUtcNow();
            RateLimitNotice? started = null;
            while (_notices.TryDequeue(out var notice)) started = notice;
            if (started != null)
            {
                _ends = now + started.Delay;
                _total = started.Delay;
                _secondsShown = WholeSeconds(started.Delay);
                return new CountdownLine(started.Reason, 0, started: true);
            }
            if (_ends is not DateTimeOffset ends) return null;
            var left = ends - now;
            if (left <= TimeSpan.Zero)
            {
                _ends = null;
                return null;
            }
            var seconds = WholeSeconds(left);
            if (seconds == _secondsShown) return null;
            _secondsShown = seconds;
            var percent = _total > TimeSpan.Zero ? (int)Math.Max(0, Math.Min(100, 100 * (_total - left).Ticks / _total.Ticks)) : 0;
            return new CountdownLine("waiting " + seconds.ToString(CultureInfo.InvariantCulture) + " s for the rate limit", percent, started: false);
        }

        /// <summary>The call is over: whatever was waiting has gone on.</summary>
        public void End() => _ends = null;

        private static long WholeSeconds(TimeSpan span) => (long)Math.Ceiling(span.TotalSeconds);
    }
}

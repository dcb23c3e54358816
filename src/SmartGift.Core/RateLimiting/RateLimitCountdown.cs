using System.Globalization;

namespace SmartGift.RateLimiting
{
    /// <summary>
    /// A rate-limit wait counted down for a host: started by the client's notice, then a tick each
    /// time the whole seconds left change ("waiting 37 s for the rate limit", with the percent of
    /// the wait that has passed), until the wait has passed or End is called. One countdown for the
    /// imports (SendWindow's ImportProgress ticks) and for the PowerShell cmdlets' other calls
    /// (ApiCallCommand). Not thread-safe: read on the host's own thread.
    /// </summary>
    public sealed class RateLimitCountdown
    {
        private readonly TimeProvider _clock;
        private DateTimeOffset? _ends;
        private TimeSpan _total;
        private long _secondsShown;

        public RateLimitCountdown(TimeProvider clock) => _clock = clock ?? throw new ArgumentNullException(nameof(clock));

        /// <summary>True from Start until the wait has passed or End is called.</summary>
        public bool Running => _ends != null;

        /// <summary>The whole length of the current wait.</summary>
        public TimeSpan Total => _total;

        /// <summary>A wait starts (or a longer one replaces it): the countdown runs from now.</summary>
        public void Start(RateLimitNotice notice)
        {
            if (notice == null) throw new ArgumentNullException(nameof(notice));
            _ends = _clock.GetUtcNow() + notice.Delay;
            _total = notice.Delay;
            _secondsShown = WholeSeconds(notice.Delay);
        }

        /// <summary>What is left of the wait when its whole seconds changed since the last tick; null otherwise, or once it has passed.</summary>
        public TimeSpan? Tick()
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

        /// <summary>The wait is over (a request went through, the call ended).</summary>
        public void End() => _ends = null;

        /// <summary>The line a host shows on a tick.</summary>
        public static string Status(TimeSpan left) =>
            "waiting " + WholeSeconds(left).ToString(CultureInfo.InvariantCulture) + " s for the rate limit";

        /// <summary>How much of a wait has passed, 0 to 100.</summary>
        public static int Percent(TimeSpan left, TimeSpan total) =>
            total > TimeSpan.Zero ? (int)Math.Max(0, Math.Min(100, 100 * (total - left).Ticks / total.Ticks)) : 0;

        private static long WholeSeconds(TimeSpan span) => (long)Math.Ceiling(span.TotalSeconds);
    }
}

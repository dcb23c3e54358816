using System;
using System.Threading;

namespace SmartGift.Cli.Running
{
    /// <summary>
    /// Told by the client the moment a request starts waiting for the rate limit (on the sending
    /// thread). Keeps when the wait ends, for the live countdown; when no live display is shown,
    /// writes one timestamped line as the wait starts (with its length) and one as sending resumes.
    /// </summary>
    public sealed class RateLimitWaits : IDisposable
    {
        private readonly object _gate = new object();
        private readonly Action<string>? _log;
        private Timer? _resume;
        private DateTimeOffset? _until;

        /// <param name="log">Where the start and end lines go; null for none (--quiet).</param>
        public RateLimitWaits(Action<string>? log)
        {
            _log = log;
        }

        public int Count { get; private set; }

        /// <summary>Set while a live display shows the countdown: no lines then, they would tear the display.</summary>
        public bool ShownLive { get; set; }

        /// <summary>Time left in the current wait, or null when nothing is waiting.</summary>
        public TimeSpan? Remaining
        {
            get
            {
                lock (_gate)
                {
                    if (_until == null) return null;
                    var left = _until.Value - DateTimeOffset.UtcNow;
                    return left > TimeSpan.Zero ? left : (TimeSpan?)null;
                }
            }
        }

        public void Started(RateLimitNotice notice)
        {
            var until = DateTimeOffset.UtcNow + notice.Delay;
            lock (_gate)
            {
                // Several requests may wait for one window: the first notice tells the operator, a later end extends it.
                var fresh = _until == null || _until <= DateTimeOffset.UtcNow;
                if (!fresh && until <= _until) return;
                _until = until;
                Count++;
                if (_log == null || ShownLive) return;
                if (fresh) _log(notice.Reason);
                _resume?.Dispose();
                _resume = new Timer(_ => Ended(), null, notice.Delay, Timeout.InfiniteTimeSpan);
            }
        }

        private void Ended()
        {
            lock (_gate)
            {
                // A stale timer of a wait that was since extended: the newer timer will speak.
                if (_until == null || _until > DateTimeOffset.UtcNow.AddMilliseconds(200)) return;
                _until = null;
                if (ShownLive) return;
            }
            _log?.Invoke("rate-limit wait over: sending resumes");
        }

        public void Dispose()
        {
            lock (_gate) _resume?.Dispose();
        }
    }
}

using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace SmartGift.RateLimiting
{
    /// <summary>
    /// The one wait for the next window that every blocked request shares: a single timer, so a
    /// burst of waiting requests sleeps once (and a test clock is advanced once), and one notice
    /// per host callback rather than one per request.
    /// </summary>
    internal sealed class WindowWait
    {
        private readonly HashSet<Action<RateLimitNotice>> _told = new HashSet<Action<RateLimitNotice>>();

        public WindowWait(TimeSpan delay, string reason)
        {
            Delay = delay;
            Reason = reason;
        }

        public TimeSpan Delay { get; }
        public string Reason { get; }
        public Task Task { get; set; } = Task.CompletedTask;

        /// <summary>The notice for this callback, the first time it asks; null afterwards. Called under the governor's lock.</summary>
        public RateLimitNotice? NoticeFor(Action<RateLimitNotice>? callback)
        {
            if (callback == null || !_told.Add(callback)) return null;
            return new RateLimitNotice(Delay, Reason);
        }
    }
}

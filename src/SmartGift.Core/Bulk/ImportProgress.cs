using System;

namespace SmartGift.Bulk
{
    /// <summary>Progress for the host to show (Write-Progress, a progress bar, a log line).</summary>
    public sealed class ImportProgress : ImportEvent
    {
        public ImportProgress(int submitted, int completed, string status, TimeSpan? rateLimitWait)
        {
            Submitted = submitted;
            Completed = completed;
            Status = status;
            RateLimitWait = rateLimitWait;
        }

        /// <summary>Records handed to the engine so far (the total is unknown while streaming).</summary>
        public int Submitted { get; }
        public int Completed { get; }
        /// <summary>e.g. "sending order 123" or "waiting 23 s for the rate limit".</summary>
        public string Status { get; }
        /// <summary>Set when the governor is making requests wait.</summary>
        public TimeSpan? RateLimitWait { get; }
    }
}

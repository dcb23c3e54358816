using System;

namespace SmartGift.Bulk
{
    public sealed class RedemptionImportOptions
    {
        public string? JournalPath { get; set; }
        public bool RetryUnknown { get; set; }
        public bool DryRun { get; set; }
        public int MaxConcurrency { get; set; } = 4;
        /// <summary>Asked on the caller's thread before each valid redemption is queued (ShouldProcess).</summary>
        public Func<RedeemRequest, bool>? Approve { get; set; }

        /// <summary>
        /// The host ends on the first failed record (-ErrorAction Stop): records go one at a time,
        /// each only after the one before it was handed back, and nothing after a failure is sent.
        /// </summary>
        public bool StopOnFirstError { get; set; }
    }
}

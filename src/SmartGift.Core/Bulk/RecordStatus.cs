namespace SmartGift
{
    /// <summary>What happened to one order or redemption.</summary>
    public enum RecordStatus
    {
        /// <summary>Smart Gift accepted it (now, or in an earlier run per the journal).</summary>
        Confirmed,
        /// <summary>Refused: locally before sending, or by the server, or not sent because the service could not be reached.</summary>
        Failed,
        /// <summary>It may have reached Smart Gift but no answer came back: check by hand, then rerun with RetryUnknown.</summary>
        Unknown,
        /// <summary>Not sent this run: -WhatIf / --dry-run, declined, or already settled in the journal.</summary>
        Skipped,
    }
}

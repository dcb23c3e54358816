namespace SmartGift;

/// <summary>The "event" of one journal line (docs/journal.md).</summary>
internal enum JournalEvent
{
    /// <summary>Written and flushed before the request; alone (no outcome after it) it means Unknown.</summary>
    Sending,
    Confirmed,
    Failed,
    Unknown,
    /// <summary>The operator released an Unknown record (RetryUnknown); written just before it is sent again.</summary>
    Released,
    /// <summary>
    /// The operator settled the record by hand (decision found, absent, release or drop, with
    /// its time). Read back as Confirmed (found), Released (absent, release) or Settled (drop:
    /// never sent). Older versions skip the line, so the record stays as it was: safe.
    /// </summary>
    Settled,
}

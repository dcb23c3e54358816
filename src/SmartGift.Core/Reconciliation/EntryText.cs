namespace SmartGift;

/// <summary>Where a ledger or journal record stands, as a status and in words, for a reconciled row (sales and redemptions alike).</summary>
internal static class EntryText
{
    public static ReconciliationStatus Status(JournalEntry entry) => entry.State switch
    {
        JournalEvent.Confirmed => ReconciliationStatus.Confirmed,
        JournalEvent.Failed => ReconciliationStatus.Failed,
        JournalEvent.Released => ReconciliationStatus.NotSent,
        JournalEvent.Settled => ReconciliationStatus.Skipped,
        _ => ReconciliationStatus.Unknown,
    };

    public static string Describe(JournalEntry entry) => entry.State switch
    {
        JournalEvent.Confirmed => "confirmed as " + Confirmation(entry) + " on " + entry.Day,
        JournalEvent.Failed => (entry.Permanent ? "refused" : "not processed (a rerun sends it again)") + " on " + entry.Day + ": " + entry.Message,
        JournalEvent.Sending => "sent on " + entry.Day + " with no answer recorded (the run was interrupted): " + ResumeDecision.RetryUnknownHint,
        JournalEvent.Released => "released for retry on " + entry.Day + (entry.Decision == "absent" ? " (settled: not in Smart Gift)" : "") + " and not sent again yet",
        JournalEvent.Settled => "dropped by the operator on " + entry.Day + ": this content is never sent (a corrected row is)",
        _ => "unknown since " + entry.Day + ": " + entry.Message + "; " + ResumeDecision.RetryUnknownHint,
    };

    private static string Confirmation(JournalEntry entry) =>
        entry.SmartGiftOrderId ?? (entry.RedemptionIds.Count == 0 ? "redeemed" : "redemption " + string.Join(", ", entry.RedemptionIds));

    /// <summary>
    /// The source's record has other content than was sent ("the source order has changed since it
    /// was sent (price)"): a confirmed record is a conflict, a dropped one new content the next import sends.
    /// </summary>
    public static string Changed(JournalEntry entry, IReadOnlyList<string> which, string source, string record, ref ReconciliationStatus status)
    {
        var what = "the source " + source + " has changed since it was sent" + (which.Count > 0 ? " (" + string.Join(", ", which) + ")" : "");
        if (entry.State == JournalEvent.Confirmed)
        {
            status = ReconciliationStatus.Conflict;
            what += "; Smart Gift has the " + record + " as it was first sent, not the change";
        }
        // A dropped record whose row was corrected since is new content: the next import sends it.
        else if (entry.State == JournalEvent.Settled) status = ReconciliationStatus.NotSent;
        return what;
    }

    public static string Join(string? a, string b) => string.IsNullOrEmpty(a) ? b : a + "; " + b;

    /// <summary>
    /// A source record against what the ledger (or journal) has under its key, in the import's words (DESIGN 17): a key
    /// that only looks like a recorded one is a conflict (lookAlike: the key's word, null when it cannot be); without a
    /// record, refused before sending is Failed, not NotSent; with one, its state, then what changed since it was sent
    /// (changed: the fields, null when unchanged) or why the source is now refused. noun is the source's word for it.
    /// </summary>
    public static (ReconciliationStatus Status, string? Detail) Compare(LedgerLookup found, string key, string? lookAlike,
        string noun, string record, IReadOnlyList<string> refusal, Func<JournalEntry, IReadOnlyList<string>?> changed, string? confirmed)
    {
        if (found.Entry is not { } entry)
        {
            if (found.Sibling != null && lookAlike != null)
                return (ReconciliationStatus.Conflict, ResumeDecision.LookAlike(key, found.Sibling, lookAlike).Detail!);
            return refusal.Count == 0 ? (ReconciliationStatus.NotSent, "never sent")
                : (ReconciliationStatus.Failed, "refused before sending: " + string.Join("; ", refusal));
        }
        var status = Status(entry);
        var detail = entry.State == JournalEvent.Confirmed ? confirmed : Describe(entry);
        if (changed(entry) is { } which) detail = Join(detail, Changed(entry, which, noun, record, ref status));
        else if (refusal.Count > 0)
            detail = Join(detail, "the source " + noun + " is now invalid: " + string.Join("; ", refusal));
        return (status, detail);
    }
}

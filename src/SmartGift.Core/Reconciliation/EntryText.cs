
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
}

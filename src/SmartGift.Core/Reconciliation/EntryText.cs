using SmartGift.Journal;

namespace SmartGift.Reconciliation
{
    /// <summary>Where a ledger or journal record stands, in words, for the Detail of a reconciled row (sales and redemptions alike).</summary>
    internal static class EntryText
    {
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
}

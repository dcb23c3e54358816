using System;

namespace SmartGift.Journal
{
    internal enum ResumeAction
    {
        /// <summary>Never sent, or failed before it reached the server: send.</summary>
        Send,
        /// <summary>Unknown, released by the operator (RetryUnknown): write a Released line, then send.</summary>
        ReleaseAndSend,
        /// <summary>Settled in the journal (confirmed, or failed for a reason that will not change).</summary>
        Skip,
        /// <summary>Unknown and not released: reported Unknown again, not sent.</summary>
        StillUnknown,
    }

    /// <summary>What a rerun does with one record, given the journal (DESIGN 6, docs/journal.md).</summary>
    internal sealed class ResumeDecision
    {
        public const string RetryUnknownHint = "check by hand, then rerun with -RetryUnknown (--retry-unknown)";

        private ResumeDecision(ResumeAction action, string? detail, JournalEntry? entry)
        {
            Action = action;
            Detail = detail;
            Entry = entry;
        }

        public ResumeAction Action { get; }
        public string? Detail { get; }
        public JournalEntry? Entry { get; }

        /// <summary>confirmedAs names a confirmation: "oWg9LWe6G", "redemptions 21, 22".</summary>
        public static ResumeDecision Decide(JournalEntry? entry, string hash, bool retryUnknown, Func<JournalEntry, string> confirmedAs)
        {
            if (entry == null) return new ResumeDecision(ResumeAction.Send, null, null);
            var changed = entry.Hash != null && !string.Equals(entry.Hash, hash, StringComparison.Ordinal);
            switch (entry.State)
            {
                case JournalEvent.Confirmed:
                    return new ResumeDecision(ResumeAction.Skip,
                        $"confirmed in the journal as {confirmedAs(entry)} on {entry.Day}"
                        + (changed ? "; its content has changed since then and the change was NOT sent" : ""),
                        entry);
                case JournalEvent.Failed when !entry.Permanent:
                    return new ResumeDecision(ResumeAction.Send, $"sent again: the previous attempt on {entry.Day} did not reach Smart Gift ({entry.Message})", entry);
                case JournalEvent.Failed when changed:
                    // A refusal (422) created nothing, so a corrected record is safe to send.
                    return new ResumeDecision(ResumeAction.Send, $"sent again: refused on {entry.Day} ({entry.Message}) and changed since", entry);
                case JournalEvent.Failed:
                    return new ResumeDecision(ResumeAction.Skip,
                        $"failed in the journal on {entry.Day}: {entry.Message}; not sent again (the answer would be the same)", entry);
                case JournalEvent.Released:
                    return new ResumeDecision(ResumeAction.Send, $"sent again: released for retry on {entry.Day}", entry);
                default:
                    var why = entry.Interrupted
                        ? $"sent on {entry.Day}, and the run stopped before an answer was recorded"
                        : $"{entry.Day}: {entry.Message}";
                    return retryUnknown
                        ? new ResumeDecision(ResumeAction.ReleaseAndSend, $"sent again (retry unknown): it was unknown ({why})", entry)
                        : new ResumeDecision(ResumeAction.StillUnknown, $"still unknown from a previous run ({why}): {RetryUnknownHint}", entry);
            }
        }
    }
}

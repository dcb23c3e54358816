namespace SmartGift;

internal enum ResumeAction
{
    /// <summary>Never sent, or failed before it reached the server: send.</summary>
    Send,
    /// <summary>Unknown, released by the operator (RetryUnknown): write a Released line, then send.</summary>
    ReleaseAndSend,
    /// <summary>Confirmed in the journal with the same content: nothing to do.</summary>
    Skip,
    /// <summary>Unknown and not released: reported Unknown again, not sent.</summary>
    StillUnknown,
    /// <summary>Refused by Smart Gift before, unchanged since: reported Failed again (it is still not there), not sent.</summary>
    StillFailed,
    /// <summary>Confirmed before with other content: the change is not sent, and it needs attention.</summary>
    Conflict,
}

/// <summary>What a rerun does with one record, given the journal (DESIGN 6, docs/journal.md).</summary>
internal sealed record ResumeDecision(ResumeAction Action, string? Detail, JournalEntry? Entry)
{
    public const string RetryUnknownHint =
        "check it in the Smart Gift dashboard, then settle it: `smartgift journal settle JOURNAL KEY --found` (it is there) or `--absent` (send it on the next run), "
        + "in PowerShell Set-SgJournalRecord -Found / -Absent; or release every Unknown with --retry-unknown (-RetryUnknown)";

    /// <summary>
    /// A new key that differs from a record that may be in Smart Gift only by leading zeros or
    /// surrounding spaces (a spreadsheet's re-save of "00000001" as "1"): a Conflict naming both.
    /// </summary>
    public static ResumeDecision LookAlike(string key, JournalEntry sibling, string kindWord)
    {
        var was = sibling.State == JournalEvent.Confirmed ? "confirmed" : "sent (outcome unknown)";
        return new ResumeDecision(ResumeAction.Conflict,
            $"conflict: {kindWord} '{key}' differs only by leading zeros or spaces from '{sibling.Key}', {was} on {sibling.Day}{sibling.From}; it was NOT sent. "
            + $"If it is the same {kindWord}, it is already in Smart Gift (a spreadsheet may have dropped the zeros: restore them); if it is a new one, give it an id of its own",
            sibling);
    }

    /// <summary>Sent by another run that is still going on: its answer will be recorded there, so this run leaves it alone.</summary>
    public static ResumeDecision InFlightElsewhere(JournalEntry entry) =>
        new ResumeDecision(ResumeAction.Skip, $"not sent: another run (run {entry.Run}) sent it at {entry.At.UtcDateTime:HH:mm:ss} UTC and is still going on; its outcome is recorded there (`smartgift journal list` shows it)", entry);

    /// <summary>What a rerun does with a record, from its journal entry and its content now.</summary>
    /// <param name="entry">The record's journal entry; null when the journal never saw it.</param>
    /// <param name="hash">The hash of the content as it would be sent now.</param>
    /// <param name="retryUnknown">The operator released every Unknown record.</param>
    /// <param name="confirmedAs">Names a confirmation: "oWg9LWe6G", "redemptions 21, 22".</param>
    /// <param name="legacyHash">The same content as a version 1.0 journal hashed it: matching it is no change.</param>
    /// <param name="fields">Per-field hashes of the content now, to say what changed.</param>
    public static ResumeDecision Decide(JournalEntry? entry, string hash, bool retryUnknown, Func<JournalEntry, string> confirmedAs,
        string? legacyHash = null, IReadOnlyDictionary<string, string>? fields = null)
    {
        if (entry == null) return new ResumeDecision(ResumeAction.Send, null, null);
        var changed = entry.Hash != null
            && !string.Equals(entry.Hash, hash, StringComparison.Ordinal)
            && !string.Equals(entry.Hash, legacyHash, StringComparison.Ordinal);
        switch (entry.State)
        {
            case JournalEvent.Confirmed when changed:
                var which = fields == null ? Array.Empty<string>() : RecordKey.ChangedFields(entry.Fields, fields);
                return new ResumeDecision(ResumeAction.Conflict,
                    $"conflict: confirmed as {confirmedAs(entry)} on {entry.Day}{entry.From}, and the record has changed since"
                    + (which.Count > 0 ? " (" + string.Join(", ", which) + ")" : "")
                    + "; the change was NOT sent. A new sale needs its own order_id; a correction is made in the Smart Gift dashboard",
                    entry);
            case JournalEvent.Confirmed:
                return new ResumeDecision(ResumeAction.Skip, $"confirmed as {confirmedAs(entry)} on {entry.Day}{entry.From}", entry);
            case JournalEvent.Failed when !entry.Permanent:
                return new ResumeDecision(ResumeAction.Send, $"sent again: the previous attempt on {entry.Day} did not reach Smart Gift ({entry.Message})", entry);
            case JournalEvent.Failed when changed:
                // A refusal (422) created nothing, so a corrected record is safe to send.
                return new ResumeDecision(ResumeAction.Send, $"sent again: refused on {entry.Day} ({entry.Message}) and changed since", entry);
            case JournalEvent.Failed:
                return new ResumeDecision(ResumeAction.StillFailed,
                    $"still refused: Smart Gift refused it on {entry.Day} ({entry.Message}) and it is unchanged, so it was not sent again; fix the row and rerun (a corrected row is sent)", entry);
            case JournalEvent.Released:
                return new ResumeDecision(ResumeAction.Send, $"sent again: released for retry on {entry.Day}" + (entry.Decision == null ? "" : $" (settled: {entry.Decision})"), entry);
            case JournalEvent.Settled when changed:
                // Dropped content is never sent; a corrected record is new content (issue 18, finding 6).
                return new ResumeDecision(ResumeAction.Send, $"sent: dropped by the operator on {entry.Day} and changed since", entry);
            case JournalEvent.Settled:
                return new ResumeDecision(ResumeAction.Skip, $"dropped by the operator on {entry.Day}: this content is never sent again (a corrected row is)", entry);
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

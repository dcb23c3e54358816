namespace SmartGift;

/// <summary>
/// What the ledger knows of one key when a run decides about it: the key's own record, a record
/// whose id differs only by leading zeros or surrounding spaces (a spreadsheet's re-save), and
/// the version (last event id) that the send's claim must still find.
/// </summary>
internal readonly record struct LedgerLookup(JournalEntry? Entry, JournalEntry? Sibling, long Version)
{
    /// <summary>The ledger's record, else the journal's (a journal never taken into the ledger), keeping the look-alike and version.</summary>
    public LedgerLookup OrJournal(JournalEntry? fromJournal) =>
        Entry != null || fromJournal == null ? this : new LedgerLookup(fromJournal, Sibling, Version);
}

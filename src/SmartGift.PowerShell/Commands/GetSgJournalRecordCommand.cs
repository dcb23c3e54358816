namespace SmartGift.Commands;

/// <summary>
/// Lists the records of the company's ledger that need a decision (Unknown, refused,
/// contradicted), or all of them; with -JournalPath, that journal's records as the ledger has
/// them. Pipe them into Set-SgJournalRecord after checking the Smart Gift dashboard. No request
/// is made: the session only names the company's ledger.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SgJournalRecord")]
[OutputType(typeof(JournalRecord))]
public sealed class GetSgJournalRecordCommand : LedgerRecordCommand
{
    /// <summary>Only the records of this journal (a JSON Lines file an import wrote).</summary>
    [Parameter(Position = 0), ValidateNotNullOrEmpty]
    public string? JournalPath { get; set; }

    /// <summary>Every record, not only those that need a decision.</summary>
    [Parameter]
    public SwitchParameter All { get; set; }

    protected override void EndProcessing()
    {
        var journal = Journal(JournalPath);
        var ledger = Ledger(journal);
        try
        {
            foreach (var record in LedgerRecords.List(ledger, journal).Where(r => All || r.NeedsAttention)) WriteObject(record);
        }
        catch (IOException e)
        {
            ThrowTerminatingError(new ErrorRecord(e, "JournalUnavailable", ErrorCategory.ReadError, journal ?? ledger));
        }
    }
}

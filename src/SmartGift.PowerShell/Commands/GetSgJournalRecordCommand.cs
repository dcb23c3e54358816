namespace SmartGift.Commands;

/// <summary>
/// Lists the ledger's records that need a decision (or -All; with -JournalPath, that journal's), for
/// Set-SgJournalRecord. No request is made: the session only names the company's ledger.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SgJournalRecord")]
[OutputType(typeof(JournalRecord))]
public sealed class GetSgJournalRecordCommand : LedgerRecordCommand
{
    [Parameter(Position = 0), ValidateNotNullOrEmpty]
    public string? JournalPath { get; set; }

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

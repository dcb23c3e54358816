namespace SmartGift.Commands;

/// <summary>
/// Records an operator's decision about ledger records after checking the Smart Gift dashboard (DESIGN 6): -Found,
/// -Absent, -Release or -Drop (docs/cmdlets/Set-SgJournalRecord.md). Every key, piped or given, is checked before any
/// is changed. Nothing is sent now.
/// </summary>
[Cmdlet(VerbsCommon.Set, "SgJournalRecord", DefaultParameterSetName = FoundSet,
    SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(JournalRecord))]
public sealed class SetSgJournalRecordCommand : LedgerRecordCommand
{
    private const string FoundSet = "Found";
    private const string AbsentSet = "Absent";
    private const string ReleaseSet = "Release";
    private const string DropSet = "Drop";

    /// <summary>Order ids (sales) or references / row keys (redemptions); Get-SgJournalRecord output binds by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true), Alias("OrderId", "Reference")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(JournalKeyCompleter))]
    public string[]? Key { get; set; }

    [Parameter, ValidateNotNullOrEmpty]
    public string? JournalPath { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = FoundSet)]
    public SwitchParameter Found { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = AbsentSet)]
    public SwitchParameter Absent { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ReleaseSet)]
    public SwitchParameter Release { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = DropSet)]
    public SwitchParameter Drop { get; set; }

    [Parameter(ParameterSetName = FoundSet)]
    public string? SmartGiftOrderId { get; set; }

    private readonly List<string> _keys = new List<string>();

    protected override void ProcessRecord() => _keys.AddRange(Key!);

    protected override void EndProcessing()
    {
        // Each parameter set is named for its decision.
        var decision = (JournalDecision)Enum.Parse(typeof(JournalDecision), ParameterSetName);
        var journal = Journal(JournalPath);
        var ledger = Ledger(journal);
        var keys = _keys.Where(k => ShouldProcess(k, "Settle as " + decision.ToString().ToLowerInvariant())).ToList();
        if (keys.Count == 0) return;
        try
        {
            foreach (var record in LedgerRecords.Settle(ledger, journal, keys, decision, DateTimeOffset.UtcNow, SmartGiftOrderId)) WriteObject(record);
        }
        catch (IOException e)
        {
            // Nothing was settled: the message names every key that could not be (unknown, wrong state).
            ThrowTerminatingError(new ErrorRecord(e, "JournalRecordNotSettled", ErrorCategory.InvalidOperation, string.Join(", ", keys)));
        }
    }
}

namespace SmartGift.Commands;

/// <summary>
/// Reconciles redemption rows (the CSV Invoke-SgRedeem or `smartgift redeem import` took) with
/// the company's ledger and a journal: which redemptions reached Smart Gift, failed, are
/// unknown, were never sent or were answered otherwise than asked. Rows are keyed as the import
/// keys them (reference, or the row's content with the import's journal). Sends nothing.
/// </summary>
[Cmdlet(VerbsData.Compare, "SgRedemption", DefaultParameterSetName = RowSet)]
[OutputType(typeof(RedemptionReconciliationRow), typeof(ReconciliationSummary))]
public sealed class CompareSgRedemptionCommand : SmartGiftCommand
{
    private const string RowSet = "Row";
    private const string PathSet = "Path";

    /// <summary>The pipeline object itself (an Import-Csv row): its properties bind by the column table (RedemptionRowBinding).</summary>
    [Parameter(ValueFromPipeline = true, ParameterSetName = RowSet)]
    public PSObject? InputObject { get; set; }

    [Parameter(ParameterSetName = RowSet)]
    [RowColumn]
    public string? Reference { get; set; }

    [Parameter(ParameterSetName = RowSet)]
    [RowColumn]
    [Alias("voucher_no", "VoucherNo")]
    public string? VoucherNumber { get; set; }

    [Parameter(ParameterSetName = RowSet)]
    [RowColumn]
    [Alias("site_id")]
    public string? SiteId { get; set; }

    [Parameter(ParameterSetName = RowSet)]
    [RowColumn]
    public string? Value { get; set; }

    [Parameter(ParameterSetName = RowSet)]
    [RowColumn]
    [Alias("experiences")]
    public string[]? Experience { get; set; }

    [Parameter(ParameterSetName = RowSet)]
    [RowColumn]
    [Alias("catalogue_voucher_id")]
    [ArgumentCompleter(typeof(VoucherCompleter))]
    public string? CatalogueVoucherId { get; set; }

    /// <summary>The redemption CSV file itself (docs/csv-format.md): read by Core's reader, each row naming its file line.</summary>
    [Parameter(ParameterSetName = PathSet, Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>The import's journal: its records missing from the source are listed too; rows without a reference are found under it.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? JournalPath { get; set; }

    /// <summary>Also write the reconciliation as a self-contained HTML page (Report/ReconciliationReport) to this file.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ReportPath { get; set; }

    /// <summary>Output only the ReconciliationSummary (for scheduled tasks), not a row per redemption.</summary>
    [Parameter]
    public SwitchParameter Summary { get; set; }

    private RedemptionReconciliation? _reconciliation;
    private readonly RedemptionRowBinding _rows = new RedemptionRowBinding();

    protected override void BeginProcessing()
    {
        var session = OptionalSession();
        if (session == null && JournalPath == null)
            ThrowTerminatingError(new ErrorRecord(new InvalidOperationException("Compare-SgRedemption reads the company's ledger: connect first (Connect-SgService), or give the import's -JournalPath."),
                "NothingToCompare", ErrorCategory.InvalidOperation, null));
        IReadOnlyList<Voucher>? catalogue = null;
        if (session != null)
        {
            WatchRateLimit(session);
            try
            {
                // Rows naming experiences are read against it, as the import reads them.
                catalogue = Await(session.GetVouchersAsync(false, Cancellation));
            }
            catch (SmartGiftException e)
            {
                WriteWarning("Catalogue not read (session '" + session.Name + "'): rows naming experiences are not compared by content. " + e.Error.Message);
            }
        }
        var journal = JournalPath == null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(JournalPath);
        _journalFile = journal;
        if (ParameterSetName == PathSet) _sourceFile = CsvFileParameter.Resolve(this, Path!);
        if (ReportPath != null) _report = new ReconciliationReport("Smart Gift reconciliation of " + (_sourceFile == null ? "redemptions" : System.IO.Path.GetFileName(_sourceFile)), DateTimeOffset.UtcNow);
        try
        {
            _ledgerPath = session == null ? null : LedgerLocation.For(session.Client.Options);
            _reconciliation = new RedemptionReconciliation(journal, _ledgerPath, catalogue, session?.DefaultSiteId);
        }
        catch (System.IO.IOException e)
        {
            ThrowJournalError(e, journal);
        }
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == PathSet)
        {
            var file = _sourceFile!;
            using var reader = CsvFileParameter.Open(this, file, () => RedemptionCsvReader.Open(file));
            foreach (var problem in reader.HeaderProblems) WriteWarning(file + ": " + problem);
            foreach (var row in reader.ReadRows())
            {
                if (Stopping || Cancellation.IsCancellationRequested) break;
                Write(_reconciliation!.Add(row));
            }
            return;
        }
        Write(_reconciliation!.Add(_rows.Next(this, InputObject, WriteWarning)));
    }

    private ReconciliationReport? _report;
    private string? _ledgerPath;
    private string? _journalFile;
    private string? _sourceFile;

    /// <summary>-ReportPath: every row goes to the page too.</summary>
    private void Report(RedemptionReconciliationRow row) => _report?.Add(_sourceFile, row, _journalFile);

    protected override void EndProcessing()
    {
        foreach (var row in _reconciliation!.Complete()) Write(row);
        CompleteStatus();
        var summary = _reconciliation.Summary;
        WriteInformation("Compare-SgRedemption: " + summary, new[] { "SmartGift", "Summary" });
        WriteReport(_report, ReportPath, _ledgerPath);
        if (Summary) WriteObject(summary);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _reconciliation?.Dispose();
        base.Dispose(disposing);
    }

    private void Write(RedemptionReconciliationRow row)
    {
        Report(row);
        if (Summary) WriteVerbose(row.Reference + ": " + row.Status + (row.Detail == null ? "" : " (" + row.Detail + ")"));
        else WriteObject(row);
    }
}

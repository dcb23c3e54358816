namespace SmartGift.Commands;

/// <summary>
/// Reconciles source rows (the same CSV New-SgSale imported) with the import's journal: which
/// orders reached Smart Gift, failed, are unknown or were never sent. When a session is
/// available it also flags rows naming a voucher or payment method not active in the catalogue.
/// Sends nothing.
/// </summary>
[Cmdlet(VerbsData.Compare, "SgSale", DefaultParameterSetName = RowSet)]
[OutputType(typeof(ReconciliationRow), typeof(ReconciliationSummary))]
public sealed class CompareSgSaleCommand : SaleRowCommand
{
    [Parameter(ParameterSetName = RowSet)]
    [RowColumn]
    [Alias("order_id")]
    public string? OrderId { get; set; }

    private const string PathSet = "Path";

    /// <summary>The sale CSV file itself (docs/csv-format.md), read by Core's reader as New-SgSale -Path reads it: no pipeline cost per row, and each order names its file line.</summary>
    [Parameter(ParameterSetName = PathSet, Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>A journal of the import (optional): its orders missing from the source are listed too. The session's ledger is always read.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? JournalPath { get; set; }

    /// <summary>Also write the reconciliation as a self-contained HTML page (Report/ReconciliationReport) to this file.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ReportPath { get; set; }

    /// <summary>Output only the ReconciliationSummary (for scheduled tasks), not a row per order.</summary>
    [Parameter]
    public SwitchParameter Summary { get; set; }

    private SaleReconciliation? _reconciliation;

    protected override void BeginProcessing()
    {
        IReadOnlyList<Voucher>? catalogue = null;
        IReadOnlyList<PaymentMethod>? methods = null;
        var session = OptionalSession();
        if (session != null)
        {
            WatchRateLimit(session);
            try
            {
                catalogue = Await(session.GetVouchersAsync(false, Cancellation));
                methods = Await(session.GetPaymentMethodsAsync(false, Cancellation));
            }
            catch (SmartGiftException e)
            {
                // The journal comparison still works without the catalogue.
                WriteWarning("Catalogue not checked (session '" + session.Name + "'): " + e.Error.Message);
                catalogue = null;
                methods = null;
            }
        }
        else
        {
            WriteVerbose("Not connected: the catalogue is not checked.");
        }
        if (session == null && JournalPath == null)
            ThrowTerminatingError(new ErrorRecord(new InvalidOperationException("Compare-SgSale reads the company's ledger: connect first (Connect-SgService), or give the import's -JournalPath."),
                "NothingToCompare", ErrorCategory.InvalidOperation, null));
        var journal = JournalPath == null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(JournalPath);
        _journalFile = journal;
        if (ParameterSetName == PathSet) _sourceFile = CsvFileParameter.Resolve(this, Path!);
        if (ReportPath != null) _report = new ReconciliationReport("Smart Gift reconciliation of " + (_sourceFile == null ? "sales" : System.IO.Path.GetFileName(_sourceFile)), DateTimeOffset.UtcNow);
        try
        {
            _ledgerPath = session == null ? null : LedgerLocation.For(session.Client.Options);
            _reconciliation = new SaleReconciliation(journal, _ledgerPath, catalogue, methods);
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
            CompareFile();
            return;
        }
        Write(_reconciliation!.Add(NextRow()));
    }

    /// <summary>-Path: every row of the file, results written as each order is complete; Ctrl+C stops reading.</summary>
    private void CompareFile()
    {
        var file = _sourceFile!;
        using var reader = CsvFileParameter.Open(this, file, () => SaleCsvReader.Open(file));
        foreach (var problem in reader.HeaderProblems) WriteWarning(file + ": " + problem);
        foreach (var row in reader.ReadRows())
        {
            if (Stopping || Cancellation.IsCancellationRequested) break;
            Write(_reconciliation!.Add(row));
        }
    }

    private ReconciliationReport? _report;
    private string? _ledgerPath;
    private string? _journalFile;
    private string? _sourceFile;

    /// <summary>-ReportPath: every row goes to the page too.</summary>
    private void Report(ReconciliationRow row) => _report?.Add(_sourceFile, row, _journalFile);

    protected override void EndProcessing()
    {
        Write(_reconciliation!.Complete());
        CompleteStatus();
        var summary = _reconciliation.Summary;
        WriteInformation("Compare-SgSale: " + summary, new[] { "SmartGift", "Summary" });
        WriteReport(_report, ReportPath, _ledgerPath);
        if (Summary) WriteObject(summary);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _reconciliation?.Dispose();
        base.Dispose(disposing);
    }

    private void Write(IReadOnlyList<ReconciliationRow> rows)
    {
        foreach (var row in rows)
        {
            Report(row);
            if (Summary) WriteVerbose(row.OrderId + ": " + row.Status + (row.Detail == null ? "" : " (" + row.Detail + ")"));
            else WriteObject(row);
        }
    }
}

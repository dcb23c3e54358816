namespace SmartGift.Commands;

/// <summary>
/// Reconciles redemption rows (the CSV an import took) with the company's ledger and a journal. Rows are keyed as the
/// import keys them (reference, or the row's content with the import's journal). Sends nothing.
/// </summary>
[Cmdlet(VerbsData.Compare, "SgRedemption", DefaultParameterSetName = RowSet)]
[OutputType(typeof(RedemptionReconciliationRow), typeof(ReconciliationSummary))]
public sealed class CompareSgRedemptionCommand : SmartGiftCommand
{
    private const string RowSet = "Row";
    private const string PathSet = "Path";

    /// <summary>The pipeline object itself (an Import-Csv row): its properties bind by the column table (RowColumnBinder).</summary>
    [Parameter(ValueFromPipeline = true, ParameterSetName = RowSet)]
    public PSObject? InputObject { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn]
    public string? Reference { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn, Alias("voucher_no", "VoucherNo")]
    public string? VoucherNumber { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn, Alias("site_id")]
    public string? SiteId { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn]
    public string? Value { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn, Alias("experiences")]
    public string[]? Experience { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn, Alias("catalogue_voucher_id")]
    [ArgumentCompleter(typeof(VoucherCompleter))]
    public string? CatalogueVoucherId { get; set; }

    [Parameter(ParameterSetName = PathSet, Mandatory = true, Position = 0), ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    [Parameter, ValidateNotNullOrEmpty]
    public string? JournalPath { get; set; }

    [Parameter, ValidateNotNullOrEmpty]
    public string? ReportPath { get; set; }

    [Parameter]
    public SwitchParameter Summary { get; set; }

    private RedemptionReconciliation? _reconciliation;
    private readonly RowColumnBinder _rows = new RowColumnBinder(RedemptionColumns.Table);

    protected override void BeginProcessing()
    {
        var session = OptionalSession();
        // Rows naming experiences are read against it, as the import reads them.
        var catalogue = ReadCatalogue(session, s => Await(s.GetVouchersAsync(false, Cancellation)),
            message => "Catalogue not read (session '" + session!.Name + "'): rows naming experiences are not compared by content. " + message);
        _reconciliation = OpenComparison(session, JournalPath, Path, ReportPath, Summary, "redemptions",
            (journal, ledger) => new RedemptionReconciliation(journal, ledger, catalogue, session?.DefaultSiteId));
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == PathSet) CompareFile(file => RedemptionCsvReader.Open(file), row => WriteCompared(_reconciliation!.Add(row)));
        else WriteCompared(_reconciliation!.Add(_rows.Redemption(this, InputObject, WriteWarning)));
    }

    protected override void EndProcessing()
    {
        foreach (var row in _reconciliation!.Complete()) WriteCompared(row);
        EndComparison(_reconciliation.Summary);
    }
}

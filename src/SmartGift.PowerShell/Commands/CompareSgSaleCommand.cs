namespace SmartGift.Commands;

/// <summary>
/// Reconciles source rows (the CSV New-SgSale imported) with the ledger and a journal; with a session, it also flags
/// rows naming a voucher or payment method not active in the catalogue. Sends nothing.
/// </summary>
[Cmdlet(VerbsData.Compare, "SgSale", DefaultParameterSetName = RowSet)]
[OutputType(typeof(ReconciliationRow), typeof(ReconciliationSummary))]
public sealed class CompareSgSaleCommand : SaleRowCommand
{
    [Parameter(ParameterSetName = RowSet), RowColumn, Alias("order_id")]
    public string? OrderId { get; set; }

    private const string PathSet = "Path";

    /// <summary>The sale CSV file itself (docs/csv-format.md), read by Core's reader as New-SgSale -Path reads it: no pipeline cost per row, and each order names its file line.</summary>
    [Parameter(ParameterSetName = PathSet, Mandatory = true, Position = 0), ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    [Parameter, ValidateNotNullOrEmpty]
    public string? JournalPath { get; set; }

    [Parameter, ValidateNotNullOrEmpty]
    public string? ReportPath { get; set; }

    [Parameter]
    public SwitchParameter Summary { get; set; }

    private SaleReconciliation? _reconciliation;

    protected override void BeginProcessing()
    {
        var session = OptionalSession();
        if (session == null) WriteVerbose("Not connected: the catalogue is not checked.");
        // The journal comparison still works without the catalogue.
        var lists = ReadCatalogue(session, s => Tuple.Create(Await(s.GetVouchersAsync(false, Cancellation)), Await(s.GetPaymentMethodsAsync(false, Cancellation))),
            message => "Catalogue not checked (session '" + session!.Name + "'): " + message);
        _reconciliation = OpenComparison(session, JournalPath, Path, ReportPath, Summary, "sales", (journal, ledger) => new SaleReconciliation(journal, ledger, lists?.Item1, lists?.Item2));
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == PathSet) CompareFile(file => SaleCsvReader.Open(file), row => WriteCompared(_reconciliation!.Add(row)));
        else WriteCompared(_reconciliation!.Add(NextRow()));
    }

    protected override void EndProcessing()
    {
        WriteCompared(_reconciliation!.Complete());
        EndComparison(_reconciliation.Summary);
    }
}

namespace SmartGift.Commands;

/// <summary>
/// Sells vouchers: rows (piped or on the command line), a CSV file (-Path, NewSgSaleCommand.File.cs) or a whole -Cart.
/// Drives Core's SaleImport push-style: one Add per record, Complete at the end, every event written on the pipeline thread.
/// </summary>
[Cmdlet(VerbsCommon.New, "SgSale", DefaultParameterSetName = RowSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OrderResult))]
public sealed partial class NewSgSaleCommand : SaleRowCommand
{
    private const string CartSet = "Cart";

    [Parameter(ParameterSetName = RowSet), RowColumn]
    [Parameter(ParameterSetName = CartSet, Mandatory = true), Alias("order_id")]
    public string? OrderId { get; set; }

    [Parameter(ParameterSetName = CartSet, Mandatory = true), ValidateNotNull]
    public Cart? Cart { get; set; }

    [Parameter, ValidateNotNullOrEmpty]
    public string? JournalPath { get; set; }

    [Parameter]
    public SwitchParameter SkipCatalogueCheck { get; set; }

    [Parameter, Alias("NoJournal")]
    public SwitchParameter NoLedger { get; set; }

    [Parameter]
    public SwitchParameter RetryUnknown { get; set; }

    [Parameter, ValidateRange(1, 16)]
    public int MaxConcurrency { get; set; } = 4;

    private SaleImport? _import;

    protected override void BeginProcessing()
    {
        if (ParameterSetName == PathSet || ParameterSetName == LiteralPathSet) InputFile = ResolveInputFile();
        OpenImport(session =>
        {
            var options = ImportOptionsOf<SaleRequest>(!NoLedger, RetryUnknown, MaxConcurrency, sale => ShouldProcess(Describe(sale), "Sell"));
            options.CheckCatalogue = !SkipCatalogueCheck;
            return _import = new SaleImport(session, options);
        }, JournalPath, Write);
    }

    protected override void ProcessRecord()
    {
        if (InputFile != null)
        {
            SellFile();
            return;
        }
        Records++;
        RunImportStep(() => ParameterSetName == CartSet
            ? _import!.Add(new SaleRequest { Cart = Cart!, OrderId = OrderId! }, Cart, Cancellation)
            : _import!.Add(NextRow(), Cancellation));
    }

    protected override void EndProcessing() => EndImport("sale rows");

    private void Write(ImportEvent item)
    {
        if (!(item is OrderResult result)) return;
        // Shows "What if: ..." for each order a dry run would have sent; never true under -WhatIf.
        if (DryRun && result.Status == RecordStatus.Skipped) ShouldProcess("order " + result.OrderId + " (" + result.Detail + ")", "Sell");
        foreach (var warning in result.Warnings) WriteWarning("Order " + result.OrderId + ", " + warning);
        WriteObject(result);
        var rows = result.GetSourceRows();
        WriteRecordFailure("Order " + (result.OrderId.Length == 0 ? "without order_id" : result.OrderId), result, rows.Count == 1 ? rows[0] : rows.ToArray());
    }

    private static string Describe(SaleRequest sale)
    {
        var items = sale.Cart.Items.Count;
        var total = sale.Cart.Totals?.Total;
        return "order " + sale.OrderId + " (" + items + (items == 1 ? " voucher" : " vouchers") + (total == null ? "" : ", total " + total.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)) + ")";
    }
}

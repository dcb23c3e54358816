namespace SmartGift.Commands;

/// <summary>
/// The columns of docs/csv-format.md as parameters for the command line (a piped object binds by RowColumnBinder), shared
/// by New-SgSale and Compare-SgSale; the snake_case column name is an alias where it differs. Strings on purpose: a bad
/// value must fail its whole order with a row and column message from Core, not fail parameter binding for one row
/// while the rest of the order is sent. OrderId is declared by each cmdlet, since New-SgSale also uses it in its -Cart set.
/// </summary>
public abstract class SaleRowCommand : SmartGiftCommand
{
    protected const string RowSet = "Row";

    /// <summary>The pipeline object itself, kept only as the source of the row (TargetObject of its errors).</summary>
    [Parameter(ValueFromPipeline = true, ParameterSetName = RowSet)]
    public PSObject? InputObject { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn, Alias("voucher_id")]
    [ArgumentCompleter(typeof(VoucherCompleter))]
    public string? VoucherId { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn]
    public string? Price { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn]
    public string? Quantity { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn]
    public string? To { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn]
    public string? From { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn]
    public string? Message { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn, Alias("first_name")]
    public string? FirstName { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn, Alias("last_name")]
    public string? LastName { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn]
    public string? Email { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn]
    public string? Address1 { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn]
    public string? Address2 { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn]
    public string? Postcode { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn]
    public string? Town { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn]
    public string? County { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn, Alias("delivery_method")]
    [ArgumentCompleter(typeof(DeliveryMethodCompleter))]
    public string? DeliveryMethod { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn, Alias("delivery_price")]
    public string? DeliveryPrice { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn, Alias("delivery_email")]
    public string? DeliveryEmail { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn, Alias("delivery_date")]
    public string? DeliveryDate { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn, Alias("delivery_first_name")]
    public string? DeliveryFirstName { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn, Alias("delivery_last_name")]
    public string? DeliveryLastName { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn, Alias("delivery_address1")]
    public string? DeliveryAddress1 { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn, Alias("delivery_address2")]
    public string? DeliveryAddress2 { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn, Alias("delivery_town")]
    public string? DeliveryTown { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn, Alias("delivery_county")]
    public string? DeliveryCounty { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn, Alias("delivery_postcode")]
    public string? DeliveryPostcode { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn, Alias("payment_method_id")]
    [ArgumentCompleter(typeof(PaymentMethodCompleter))]
    public string? PaymentMethodId { get; set; }

    [Parameter(ParameterSetName = RowSet), RowColumn, Alias("payment_amount")]
    public string? PaymentAmount { get; set; }

    private RowColumnBinder? _binder;

    protected SaleRow NextRow() => (_binder ??= new RowColumnBinder(SaleColumns.Table)).Sale(this, InputObject, WriteWarning);
}

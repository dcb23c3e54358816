namespace SmartGift.Commands
{
    /// <summary>
    /// The columns of docs/csv-format.md as parameters, shared by New-SgSale and Compare-SgSale.
    /// Every one is a string filled from the piped object's property of that name (Import-Csv rows
    /// bind as they are; see RowColumnBinder), with the snake_case column name as an alias where it
    /// differs from the PascalCase name. Strings on
    /// purpose: a bad value must fail its whole order with a row and column message from Core,
    /// not fail parameter binding for one row while the rest of the order is sent.
    /// OrderId is declared by each cmdlet, since New-SgSale also uses it in its -Cart set.
    /// </summary>
    public abstract class SaleRowCommand : SmartGiftCommand
    {
        protected const string RowSet = "Row";

        /// <summary>The pipeline object itself, kept only as the source of the row (TargetObject of its errors).</summary>
        [Parameter(ValueFromPipeline = true, ParameterSetName = RowSet)]
        public PSObject? InputObject { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        [Alias("voucher_id")]
        [ArgumentCompleter(typeof(VoucherCompleter))]
        public string? VoucherId { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        public string? Price { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        public string? Quantity { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        public string? To { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        public string? From { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        public string? Message { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        [Alias("first_name")]
        public string? FirstName { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        [Alias("last_name")]
        public string? LastName { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        public string? Email { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        public string? Address1 { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        public string? Address2 { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        public string? Postcode { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        public string? Town { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        public string? County { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        [Alias("delivery_method")]
        [ArgumentCompleter(typeof(DeliveryMethodCompleter))]
        public string? DeliveryMethod { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        [Alias("delivery_price")]
        public string? DeliveryPrice { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        [Alias("delivery_email")]
        public string? DeliveryEmail { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        [Alias("delivery_date")]
        public string? DeliveryDate { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        [Alias("delivery_first_name")]
        public string? DeliveryFirstName { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        [Alias("delivery_last_name")]
        public string? DeliveryLastName { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        [Alias("delivery_address1")]
        public string? DeliveryAddress1 { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        [Alias("delivery_address2")]
        public string? DeliveryAddress2 { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        [Alias("delivery_town")]
        public string? DeliveryTown { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        [Alias("delivery_county")]
        public string? DeliveryCounty { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        [Alias("delivery_postcode")]
        public string? DeliveryPostcode { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        [Alias("payment_method_id")]
        [ArgumentCompleter(typeof(PaymentMethodCompleter))]
        public string? PaymentMethodId { get; set; }

        [Parameter(ParameterSetName = RowSet)]
        [RowColumn]
        [Alias("payment_amount")]
        public string? PaymentAmount { get; set; }

        private long _rowNumber;
        private HashSet<string>? _fromCommandLine;

        /// <summary>Fills the [RowColumn] parameters from the piped object (call first in ProcessRecord).</summary>
        private RowColumnBinder? _binder;

        protected void BindRowColumns()
        {
            if (InputObject == null) return;
            // Before the first record only the command line has bound parameters.
            _fromCommandLine ??= new HashSet<string>(MyInvocation.BoundParameters.Keys.Where(k => k != nameof(InputObject)), StringComparer.OrdinalIgnoreCase);
            // Looked up once per command, not per record (a lock and a dictionary lookup each time).
            _binder ??= RowColumnBinder.For(GetType());
            _binder.Bind(this, InputObject, _fromCommandLine);
        }

        /// <summary>
        /// The bound values as a SaleRow, numbered as a spreadsheet shows the rows of a CSV file:
        /// the header is row 1, so the first piped record is row 2 (a quoted line break does not
        /// add a row there, unlike a text editor's line count). A record given on the command line
        /// has no row (0).
        /// </summary>
        protected SaleRow NextRow(string? orderId)
        {
            var row = new SaleRow
            {
            RowNumber = InputObject == null ? 0 : ++_rowNumber + 1,
            OrderId = orderId,
            VoucherId = VoucherId,
            Price = Price,
            Quantity = Quantity,
            To = To,
            From = From,
            Message = Message,
            FirstName = FirstName,
            LastName = LastName,
            Email = Email,
            Address1 = Address1,
            Address2 = Address2,
            Postcode = Postcode,
            Town = Town,
            County = County,
            DeliveryMethod = DeliveryMethod,
            DeliveryPrice = DeliveryPrice,
            DeliveryEmail = DeliveryEmail,
            DeliveryDate = DeliveryDate,
            DeliveryFirstName = DeliveryFirstName,
            DeliveryLastName = DeliveryLastName,
            DeliveryAddress1 = DeliveryAddress1,
            DeliveryAddress2 = DeliveryAddress2,
            DeliveryTown = DeliveryTown,
            DeliveryCounty = DeliveryCounty,
            DeliveryPostcode = DeliveryPostcode,
            PaymentMethodId = PaymentMethodId,
            PaymentAmount = PaymentAmount,
            };
            // The caller's own object names the record in errors (TargetObject); on the command line, the order id.
            row.Source = InputObject ?? (object)(row.OrderId ?? "");
            return row;
        }
    }
}

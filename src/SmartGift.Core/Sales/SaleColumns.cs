namespace SmartGift;

/// <summary>The sale CSV columns in documented order (docs/csv-format.md): the one declaration of them, with where each goes in the request.</summary>
internal static class SaleColumns
{
    public static readonly IReadOnlyList<CsvColumn<SaleRow>> All = new[]
    {
        Item("order_id", true, "order_id", r => r.OrderId, (r, v) => r.OrderId = v),
        Item("voucher_id", true, "cart.items.*.id", r => r.VoucherId, (r, v) => r.VoucherId = v),
        Item("price", true, "cart.items.*.price", r => r.Price, (r, v) => r.Price = v),
        Item("quantity", false, null, r => r.Quantity, (r, v) => r.Quantity = v),
        Item("to", false, "cart.items.*.to", r => r.To, (r, v) => r.To = v),
        Item("from", false, "cart.items.*.from", r => r.From, (r, v) => r.From = v),
        Item("message", false, "cart.items.*.message", r => r.Message, (r, v) => r.Message = v),
        Order("first_name", true, "cart.customer.first_name", r => r.FirstName, (r, v) => r.FirstName = v),
        Order("last_name", true, "cart.customer.last_name", r => r.LastName, (r, v) => r.LastName = v),
        Order("email", true, "cart.customer.email", r => r.Email, (r, v) => r.Email = v),
        Order("address1", true, "cart.customer.address1", r => r.Address1, (r, v) => r.Address1 = v),
        Order("address2", false, "cart.customer.address2", r => r.Address2, (r, v) => r.Address2 = v),
        Order("postcode", true, "cart.customer.postcode", r => r.Postcode, (r, v) => r.Postcode = v),
        Order("town", true, "cart.customer.town", r => r.Town, (r, v) => r.Town = v),
        Order("county", true, "cart.customer.county", r => r.County, (r, v) => r.County = v),
        Order("delivery_method", true, "cart.delivery.delivery_method", r => r.DeliveryMethod, (r, v) => r.DeliveryMethod = v),
        Order("delivery_price", true, "cart.delivery.price", r => r.DeliveryPrice, (r, v) => r.DeliveryPrice = v),
        Order("delivery_email", false, "cart.delivery.delivery_email", r => r.DeliveryEmail, (r, v) => r.DeliveryEmail = v),
        Order("delivery_date", false, "cart.delivery.delivery_date", r => r.DeliveryDate, (r, v) => r.DeliveryDate = v),
        Order("delivery_first_name", false, "cart.delivery.first_name", r => r.DeliveryFirstName, (r, v) => r.DeliveryFirstName = v),
        Order("delivery_last_name", false, "cart.delivery.last_name", r => r.DeliveryLastName, (r, v) => r.DeliveryLastName = v),
        Order("delivery_address1", false, "cart.delivery.address1", r => r.DeliveryAddress1, (r, v) => r.DeliveryAddress1 = v),
        Order("delivery_address2", false, "cart.delivery.address2", r => r.DeliveryAddress2, (r, v) => r.DeliveryAddress2 = v),
        Order("delivery_town", false, "cart.delivery.town", r => r.DeliveryTown, (r, v) => r.DeliveryTown = v),
        Order("delivery_county", false, "cart.delivery.county", r => r.DeliveryCounty, (r, v) => r.DeliveryCounty = v),
        Order("delivery_postcode", false, "cart.delivery.postcode", r => r.DeliveryPostcode, (r, v) => r.DeliveryPostcode = v),
        Order("payment_method_id", true, "cart.payments.*.payment_method_id", r => r.PaymentMethodId, (r, v) => r.PaymentMethodId = v),
        Order("payment_amount", false, "cart.payments.*.amount", r => r.PaymentAmount, (r, v) => r.PaymentAmount = v),
    };

    /// <summary>The customer, delivery and payment columns: given once per order.</summary>
    public static readonly IReadOnlyList<CsvColumn<SaleRow>> PerOrder = All.Where(c => c.PerOrder).ToArray();

    /// <summary>All, found by any spelling of a header.</summary>
    public static readonly CsvColumnTable Table = new CsvColumnTable(All, "every order", () => new SaleRow());

    private static readonly Dictionary<string, CsvColumn<SaleRow>> ByName = All.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static CsvColumn<SaleRow> Get(string name) => ByName[name];

    private static CsvColumn<SaleRow> Item(string name, bool required, string? wirePath, Func<SaleRow, string?> get, Action<SaleRow, string?> set) =>
        new CsvColumn<SaleRow>(name, false, required, wirePath, get, set);

    private static CsvColumn<SaleRow> Order(string name, bool required, string? wirePath, Func<SaleRow, string?> get, Action<SaleRow, string?> set) =>
        new CsvColumn<SaleRow>(name, true, required, wirePath, get, set);
}

namespace SmartGift.Sales
{
    /// <summary>The sale CSV columns in documented order (docs/csv-format.md): the one declaration of them (public as CsvColumns.Sale).</summary>
    internal static class SaleColumns
    {
        public static readonly IReadOnlyList<SaleColumn> All = new[]
        {
            Item("order_id", true, r => r.OrderId, (r, v) => r.OrderId = v),
            Item("voucher_id", true, r => r.VoucherId, (r, v) => r.VoucherId = v),
            Item("price", true, r => r.Price, (r, v) => r.Price = v),
            Item("quantity", false, r => r.Quantity, (r, v) => r.Quantity = v),
            Item("to", false, r => r.To, (r, v) => r.To = v),
            Item("from", false, r => r.From, (r, v) => r.From = v),
            Item("message", false, r => r.Message, (r, v) => r.Message = v),
            Order("first_name", true, r => r.FirstName, (r, v) => r.FirstName = v),
            Order("last_name", true, r => r.LastName, (r, v) => r.LastName = v),
            Order("email", true, r => r.Email, (r, v) => r.Email = v),
            Order("address1", true, r => r.Address1, (r, v) => r.Address1 = v),
            Order("address2", false, r => r.Address2, (r, v) => r.Address2 = v),
            Order("postcode", true, r => r.Postcode, (r, v) => r.Postcode = v),
            Order("town", true, r => r.Town, (r, v) => r.Town = v),
            Order("county", true, r => r.County, (r, v) => r.County = v),
            Order("delivery_method", true, r => r.DeliveryMethod, (r, v) => r.DeliveryMethod = v),
            Order("delivery_price", true, r => r.DeliveryPrice, (r, v) => r.DeliveryPrice = v),
            Order("delivery_email", false, r => r.DeliveryEmail, (r, v) => r.DeliveryEmail = v),
            Order("delivery_date", false, r => r.DeliveryDate, (r, v) => r.DeliveryDate = v),
            Order("delivery_first_name", false, r => r.DeliveryFirstName, (r, v) => r.DeliveryFirstName = v),
            Order("delivery_last_name", false, r => r.DeliveryLastName, (r, v) => r.DeliveryLastName = v),
            Order("delivery_address1", false, r => r.DeliveryAddress1, (r, v) => r.DeliveryAddress1 = v),
            Order("delivery_address2", false, r => r.DeliveryAddress2, (r, v) => r.DeliveryAddress2 = v),
            Order("delivery_town", false, r => r.DeliveryTown, (r, v) => r.DeliveryTown = v),
            Order("delivery_county", false, r => r.DeliveryCounty, (r, v) => r.DeliveryCounty = v),
            Order("delivery_postcode", false, r => r.DeliveryPostcode, (r, v) => r.DeliveryPostcode = v),
            Order("payment_method_id", true, r => r.PaymentMethodId, (r, v) => r.PaymentMethodId = v),
            Order("payment_amount", false, r => r.PaymentAmount, (r, v) => r.PaymentAmount = v),
        };

        /// <summary>The customer, delivery and payment columns: given once per order.</summary>
        public static readonly IReadOnlyList<SaleColumn> PerOrder = All.Where(c => c.PerOrder).ToArray();

        private static readonly Dictionary<string, SaleColumn> ByName =
            All.ToDictionary(c => c.Name, StringComparer.Ordinal);

        /// <summary>The column of a name, or null (SaleFieldLocator maps the API's field names back to columns).</summary>
        public static SaleColumn? Find(string name) => ByName.TryGetValue(name, out var c) ? c : null;

        public static SaleColumn Get(string name) => ByName[name];

        private static SaleColumn Item(string name, bool required, Func<SaleRow, string?> get, Action<SaleRow, string?> set) =>
            new SaleColumn(name, false, required, get, set);

        private static SaleColumn Order(string name, bool required, Func<SaleRow, string?> get, Action<SaleRow, string?> set) =>
            new SaleColumn(name, true, required, get, set);
    }
}

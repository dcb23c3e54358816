namespace SmartGift;

/// <summary>
/// Turns the rows of one order into the sale body of document 000, or into problems naming
/// row, column and reason. Item columns are read from every row (quantity N gives N items);
/// customer, delivery and payment columns once per order, from the first row that gives
/// them; a different value in a later row is a conflict. Totals are computed (DESIGN 4) and a
/// given payment_amount must equal them.
/// </summary>
internal static class CartBuilder
{
    public const int MaxQuantity = 1000;

    public static OrderDraft Build(IReadOnlyList<SaleRow> rows)
    {
        if (rows == null || rows.Count == 0) throw new ArgumentException("An order needs at least one row.", nameof(rows));
        var problems = new ProblemList();
        foreach (var row in rows) problems.AddRange(row.ReadProblems);

        var first = rows[0];
        var orderId = RowText.Clean(first.OrderId) ?? "";
        problems.AddRequired(first.Location, first.ReadProblems, "order_id", RowText.Clean(orderId),
            "it is your own reference for the order");

        var items = ReadItems(rows, problems, out var itemsTotal);
        var order = ReadOrderValues(rows, problems);

        decimal? deliveryPrice = Money(problems, order, "delivery_price");
        decimal? paymentAmount = Money(problems, order, "payment_amount", mustBePositive: true);
        CheckEmail(problems, order, "email");
        CheckEmail(problems, order, "delivery_email");
        if (TryGet(order, "delivery_date", out var date) && !DeliveryDate.IsValid(date.Value))
            problems.Add(date.Row.Location, "delivery_date", "delivery_date " + ValueQuote.Of(date.Value) + " is not a date in the form yyyy-MM-dd (e.g. 2030-12-24)");

        decimal? subtotal = itemsTotal.HasValue && deliveryPrice.HasValue ? itemsTotal + deliveryPrice : null;
        if (subtotal.HasValue && paymentAmount.HasValue && paymentAmount != subtotal)
        {
            var paid = order[Places["payment_amount"]];
            problems.Add(paid.Row.Location, "payment_amount",
                "payment_amount " + MoneyText.Format(paymentAmount.Value) + " does not equal the order total " + MoneyText.Format(subtotal.Value) +
                " (items " + MoneyText.Format(itemsTotal!.Value) + " + delivery_price " + MoneyText.Format(deliveryPrice!.Value) +
                "); the payment must cover the order exactly");
        }
        else if (subtotal == 0 && !paymentAmount.HasValue)
            problems.Add(first.Location, "payment_amount", "the order total is 0.00; Smart Gift refuses a payment of 0 (check price and delivery_price)");

        SaleRequest? sale = null;
        if (problems.Count == 0)
        {
            sale = Assemble(orderId, items, order, deliveryPrice!.Value, subtotal!.Value, paymentAmount ?? subtotal.Value);
            // The same rules as a whole cart: a safety net, silent when the checks above are complete.
            problems.AddRange(SaleValidator.Validate(sale, first.Location));
        }
        return new OrderDraft(orderId, rows, sale, problems.Items, subtotal, items.Count);
    }

    private static List<CartItem> ReadItems(IReadOnlyList<SaleRow> rows, ProblemList problems, out decimal? total)
    {
        var items = new List<CartItem>();
        decimal sum = 0;
        var complete = true;
        foreach (var row in rows)
        {
            var voucherId = RowText.Clean(row.VoucherId);
            problems.AddRequired(row.Location, row.ReadProblems, "voucher_id", voucherId,
                "the catalogue voucher sold on this row");

            decimal? price = null;
            var priceText = RowText.Clean(row.Price);
            if (priceText == null)
                problems.AddRequired(row.Location, row.ReadProblems, "price", null, "the price of one voucher, e.g. 150.00");
            else
            {
                price = MoneyText.Parse(priceText, out var reason);
                if (reason != null) problems.Add(row.Location, "price", "price " + reason);
            }

            var quantity = Quantity(row, problems);
            var to = RowText.Clean(row.To);
            var from = RowText.Clean(row.From);
            var message = RowText.Clean(row.Message);
            problems.AddLimit(row.Location, "to", to);
            problems.AddLimit(row.Location, "from", from);
            problems.AddLimit(row.Location, "message", message);

            if (voucherId == null || price == null || quantity == null) { complete = false; continue; }
            for (var i = 0; i < quantity; i++)
                items.Add(new CartItem { Id = voucherId, Price = price.Value, Total = price.Value, To = to, From = from, Message = message });
            sum += price.Value * quantity.Value;
        }
        total = complete ? sum : (decimal?)null;
        return items;
    }

    /// <summary>The row that made item <paramref name="item"/> of the cart (quantity N makes N items), or null past the last.</summary>
    public static SaleRow? RowOfItem(IReadOnlyList<SaleRow> rows, int item)
    {
        var made = 0;
        foreach (var row in rows)
        {
            made += Quantity(row, new ProblemList()) ?? 0;
            if (item < made) return row;
        }
        return null;
    }

    private static int? Quantity(SaleRow row, ProblemList problems)
    {
        var text = RowText.Clean(row.Quantity);
        if (text == null) return RowText.Unreadable(row.ReadProblems, "quantity") ? (int?)null : 1;
        if (text.Length <= 4 && text.All(c => c >= '0' && c <= '9') &&
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= MaxQuantity)
            return n;
        problems.Add(row.Location, "quantity", "quantity " + ValueQuote.Of(text) + " must be a whole number from 1 to " + MaxQuantity);
        return null;
    }

    /// <summary>The order's value of each customer, delivery and payment column, with the row that gave it.</summary>
    private static Given[] ReadOrderValues(IReadOnlyList<SaleRow> rows, ProblemList problems)
    {
        var values = new Given[SaleColumns.PerOrder.Count];
        for (var c = 0; c < SaleColumns.PerOrder.Count; c++)
        {
            var column = SaleColumns.PerOrder[c];
            var unreadable = false;
            foreach (var row in rows)
            {
                if (RowText.Unreadable(row.ReadProblems, column.Name)) { unreadable = true; continue; }
                var value = RowText.Clean(column.Get(row));
                if (value == null) continue;
                var given = values[c];
                if (given.Value == null)
                {
                    values[c] = new Given(value, row);
                    problems.AddLimit(row.Location, column.Name, value);
                }
                else if (!Same(column.Name, given.Value, value))
                    problems.Add(row.Location, column.Name,
                        column.Name + " " + ValueQuote.Of(value) + " differs from " + ValueQuote.Of(given.Value) + " given at " + given.Row.Location +
                        " for the same order; customer, delivery and payment are given once per order");
            }
            if (column.Required && !unreadable && values[c].Value == null)
                problems.Add(rows[0].Location, column.Name, column.Name + " is required" + (rows.Count > 1 ? " (no row of the order gives it)" : ""));
        }
        return values;
    }

    private static bool Same(string column, string a, string b)
    {
        if (column == "delivery_price" || column == "payment_amount")
        {
            var x = MoneyText.Parse(a, out _);
            var y = MoneyText.Parse(b, out _);
            if (x.HasValue && y.HasValue) return x == y;
        }
        var comparison = column.EndsWith("email", StringComparison.Ordinal) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(a, b, comparison);
    }

    private static decimal? Money(ProblemList problems, Given[] order, string column, bool mustBePositive = false)
    {
        if (!TryGet(order, column, out var given)) return null;
        var value = MoneyText.Parse(given.Value, out var reason, mustBePositive);
        if (reason != null) problems.Add(given.Row.Location, column, column + " " + reason);
        return value;
    }

    private static void CheckEmail(ProblemList problems, Given[] order, string column)
    {
        if (TryGet(order, column, out var given) && given.Value.Length <= FieldLimits.Other && !EmailAddress.IsValid(given.Value))
            problems.Add(given.Row.Location, column, column + " " + ValueQuote.Of(given.Value) + " is not a valid e-mail address");
    }

    private static SaleRequest Assemble(string orderId, List<CartItem> items, Given[] order, decimal deliveryPrice, decimal subtotal, decimal paid)
    {
        string? V(string column) => TryGet(order, column, out var g) ? g.Value : null;
        return new SaleRequest
        {
            OrderId = orderId,
            Cart = new Cart
            {
                Items = items,
                Totals = new CartTotals { Subtotal = subtotal, Total = paid },
                Customer = new Customer
                {
                    FirstName = V("first_name"), LastName = V("last_name"), Email = V("email"),
                    Address1 = V("address1"), Address2 = V("address2"), Postcode = V("postcode"),
                    Town = V("town"), County = V("county"),
                },
                Delivery = new Delivery
                {
                    Price = deliveryPrice, DeliveryMethod = V("delivery_method"), DeliveryEmail = V("delivery_email"),
                    DeliveryDate = V("delivery_date"), FirstName = V("delivery_first_name"), LastName = V("delivery_last_name"),
                    Address1 = V("delivery_address1"), Address2 = V("delivery_address2"), Town = V("delivery_town"),
                    County = V("delivery_county"), Postcode = V("delivery_postcode"),
                },
                Payments = new List<Payment> { new Payment { Amount = paid, PaymentMethodId = V("payment_method_id")! } },
            },
        };
    }

    /// <summary>A value and the row that gave it; Value is null when no row did (the default).</summary>
    private readonly record struct Given(string Value, SaleRow Row);

    // An order's values are a Given[] by the column's place in SaleColumns.PerOrder, not a
    // dictionary, since one is made for every order of a bulk file.
    private static readonly Dictionary<string, int> Places =
        SaleColumns.PerOrder.Select((column, place) => (column.Name, place)).ToDictionary(p => p.Name, p => p.place, StringComparer.Ordinal);

    private static bool TryGet(Given[] order, string column, out Given given)
    {
        given = order[Places[column]];
        return given.Value != null;
    }
}

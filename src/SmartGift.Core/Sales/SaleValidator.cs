namespace SmartGift;

/// <summary>
/// The server's rules for a sale body (document 000), checked before anything is sent, with
/// the dotted field names Smart Gift uses in its 422 answers (cart.customer.email,
/// cart.items.0.id). Totals (DESIGN 4): subtotal = item totals + delivery price, total = sum
/// of payments, and total = subtotal (the client sends paid-in-full orders only); each payment
/// is above 0.
/// </summary>
internal static class SaleValidator
{
    public static IReadOnlyList<RecordProblem> Validate(SaleRequest sale, string location)
    {
        var problems = new ProblemList();
        void Add(string field, string message) => problems.Add(location, field, message);

        if (sale == null) { Add("cart", "the sale is missing"); return problems.Items; }
        Text(problems, location, "order_id", sale.OrderId, required: true);
        var cart = sale.Cart;
        if (cart == null) { Add("cart", "cart is required"); return problems.Items; }

        var itemsOk = CheckItems(problems, location, cart);
        var deliveryOk = CheckDelivery(problems, location, cart.Delivery);
        CheckCustomer(problems, location, cart.Customer);
        var paymentsOk = CheckPayments(problems, location, cart.Payments);
        CheckTotals(problems, location, cart, itemsOk && deliveryOk, paymentsOk);
        return problems.Items;
    }

    /// <summary>
    /// Fills cart.totals in when they are missing or both zero (computed from items, delivery
    /// and payments); totals given are left for Validate to check, never overwritten.
    /// </summary>
    public static void FillTotals(SaleRequest sale)
    {
        var cart = sale?.Cart;
        if (cart == null) return;
        if (cart.Totals != null && (cart.Totals.Total != 0 || cart.Totals.Subtotal != 0)) return;
        try { cart.Totals = new CartTotals { Subtotal = Subtotal(cart), Total = Paid(cart) }; }
        catch (System.OverflowException) { /* absurd amounts: left to Validate, which refuses them by name */ }
    }

    // Loops rather than LINQ: both run for every order of a bulk file.
    private static decimal Subtotal(Cart cart)
    {
        decimal sum = 0;
        if (cart.Items != null) foreach (var item in cart.Items) if (item != null) sum += item.Total;
        return sum + (cart.Delivery?.Price ?? 0);
    }

    private static decimal Paid(Cart cart)
    {
        decimal sum = 0;
        if (cart.Payments != null) foreach (var payment in cart.Payments) if (payment != null) sum += payment.Amount;
        return sum;
    }

    private static bool CheckItems(ProblemList problems, string location, Cart cart)
    {
        if (cart.Items == null || cart.Items.Count == 0)
        {
            problems.Add(location, "cart.items", "cart.items needs at least one item");
            return false;
        }
        var ok = true;
        for (var i = 0; i < cart.Items.Count; i++)
        {
            var item = cart.Items[i];
            if (item == null) { Missing(problems, location, new Field("cart.items", i)); ok = false; continue; }
            Text(problems, location, new Field("cart.items", i, "id"), item.Id, required: true);
            ok &= Money(problems, location, new Field("cart.items", i, "price"), item.Price);
            ok &= Money(problems, location, new Field("cart.items", i, "total"), item.Total);
            Text(problems, location, new Field("cart.items", i, "to"), item.To, required: false);
            Text(problems, location, new Field("cart.items", i, "from"), item.From, required: false);
            Text(problems, location, new Field("cart.items", i, "message"), item.Message, required: false);
        }
        return ok;
    }

    private static void CheckCustomer(ProblemList problems, string location, Customer? customer)
    {
        if (customer == null) { problems.Add(location, "cart.customer", "cart.customer is required"); return; }
        // Field by field rather than through a dictionary: this runs for every order of a bulk file.
        Text(problems, location, "cart.customer.first_name", customer.FirstName, required: true);
        Text(problems, location, "cart.customer.last_name", customer.LastName, required: true);
        Text(problems, location, "cart.customer.email", customer.Email, required: true);
        Text(problems, location, "cart.customer.address1", customer.Address1, required: true);
        Text(problems, location, "cart.customer.address2", customer.Address2, required: false);
        Text(problems, location, "cart.customer.postcode", customer.Postcode, required: true);
        Text(problems, location, "cart.customer.town", customer.Town, required: true);
        Text(problems, location, "cart.customer.county", customer.County, required: true);
        Email(problems, location, "cart.customer.email", customer.Email);
    }

    private static bool CheckDelivery(ProblemList problems, string location, Delivery? delivery)
    {
        if (delivery == null) { problems.Add(location, "cart.delivery", "cart.delivery is required (delivery_method and price)"); return false; }
        Text(problems, location, "cart.delivery.delivery_method", delivery.DeliveryMethod, required: true);
        var ok = Money(problems, location, "cart.delivery.price", delivery.Price);
        Email(problems, location, "cart.delivery.delivery_email", delivery.DeliveryEmail);
        if (!string.IsNullOrWhiteSpace(delivery.DeliveryDate) && !DeliveryDate.IsValid(delivery.DeliveryDate!))
            problems.Add(location, "cart.delivery.delivery_date", "cart.delivery.delivery_date " + ValueQuote.Of(delivery.DeliveryDate) + " is not a date in the form yyyy-MM-dd");
        Text(problems, location, "cart.delivery.delivery_email", delivery.DeliveryEmail, required: false);
        Text(problems, location, "cart.delivery.name", delivery.Name, required: false);
        Text(problems, location, "cart.delivery.first_name", delivery.FirstName, required: false);
        Text(problems, location, "cart.delivery.last_name", delivery.LastName, required: false);
        Text(problems, location, "cart.delivery.address1", delivery.Address1, required: false);
        Text(problems, location, "cart.delivery.address2", delivery.Address2, required: false);
        Text(problems, location, "cart.delivery.town", delivery.Town, required: false);
        Text(problems, location, "cart.delivery.county", delivery.County, required: false);
        Text(problems, location, "cart.delivery.postcode", delivery.Postcode, required: false);
        return ok;
    }

    private static bool CheckPayments(ProblemList problems, string location, List<Payment>? payments)
    {
        if (payments == null || payments.Count == 0)
        {
            problems.Add(location, "cart.payments", "cart.payments needs at least one payment");
            return false;
        }
        var ok = true;
        for (var i = 0; i < payments.Count; i++)
        {
            if (payments[i] == null) { Missing(problems, location, new Field("cart.payments", i)); ok = false; continue; }
            // Smart Gift refuses a payment of 0: a free order has nothing to offset.
            ok &= Money(problems, location, new Field("cart.payments", i, "amount"), payments[i].Amount, mustBePositive: true);
            Text(problems, location, new Field("cart.payments", i, "payment_method_id"), payments[i].PaymentMethodId, required: true);
        }
        return ok;
    }

    private static void CheckTotals(ProblemList problems, string location, Cart cart, bool partsOk, bool paymentsOk)
    {
        if (cart.Totals == null) { problems.Add(location, "cart.totals", "cart.totals is required (total and subtotal)"); return; }
        var totalOk = Money(problems, location, "cart.totals.total", cart.Totals.Total);
        var subtotalOk = Money(problems, location, "cart.totals.subtotal", cart.Totals.Subtotal);
        if (subtotalOk && partsOk)
        {
            var expected = Subtotal(cart);
            if (cart.Totals.Subtotal != expected)
                problems.Add(location, "cart.totals.subtotal", "cart.totals.subtotal " + MoneyText.Format(cart.Totals.Subtotal) +
                    " does not equal the item totals plus the delivery price (" + MoneyText.Format(expected) + ")");
        }
        if (totalOk && paymentsOk)
        {
            var paid = Paid(cart);
            if (cart.Totals.Total != paid)
                problems.Add(location, "cart.totals.total", "cart.totals.total " + MoneyText.Format(cart.Totals.Total) +
                    " does not equal the sum of the payments (" + MoneyText.Format(paid) + "); Smart Gift does not process such an order");
        }
        if (totalOk && subtotalOk && cart.Totals.Total != cart.Totals.Subtotal)
            problems.Add(location, "cart.totals.total", "cart.totals.total " + MoneyText.Format(cart.Totals.Total) +
                " does not equal cart.totals.subtotal " + MoneyText.Format(cart.Totals.Subtotal) + "; the payments must cover the order exactly");
    }

    private static bool Money(ProblemList problems, string location, Field field, decimal value, bool mustBePositive = false)
    {
        var reason = MoneyText.Check(value, mustBePositive);
        if (reason == null) return true;
        var name = field.ToString();
        problems.Add(location, name, name + " " + reason);
        return false;
    }

    private static void Text(ProblemList problems, string location, Field field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) problems.Add(location, field.ToString(), field + " is required");
            return;
        }
        var reason = FieldLimits.Check(value, field.Last);
        if (reason != null) problems.Add(location, field.ToString(), field + " " + reason);
    }

    private static void Missing(ProblemList problems, string location, Field entry) =>
        problems.Add(location, entry.ToString(), entry + " is missing");

    /// <summary>
    /// A dotted field name ("cart.items.0.id"), made into text only when a problem names it:
    /// building the names of every item of every order was a visible share of a bulk dry run.
    /// Last, the last part ("message"), decides the length limit.
    /// </summary>
    private readonly record struct Field(string? List, int Index, string Last = "")
    {
        public static implicit operator Field(string whole) => new Field(null, 0, whole);

        public override string ToString() =>
            List == null ? Last : List + "." + Index.ToString(CultureInfo.InvariantCulture) + (Last.Length == 0 ? "" : "." + Last);
    }

    private static void Email(ProblemList problems, string location, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && value!.Length <= FieldLimits.Other && !EmailAddress.IsValid(value))
            problems.Add(location, field, field + " " + ValueQuote.Of(value) + " is not a valid e-mail address");
    }
}

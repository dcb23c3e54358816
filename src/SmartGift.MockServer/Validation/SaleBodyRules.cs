using SmartGift.MockServer.Http;
using SmartGift.MockServer.State;

namespace SmartGift.MockServer.Validation;

/// <summary>
/// The server side of the rules of document 000 for POST /pos-sale and /sale, run in this
/// order with every error collected: items, customer, delivery, payments, totals, order_id.
/// Named apart from the client's SaleValidator on purpose: the mock shares no rule code with
/// the client; tests/SmartGift.Testing/SharedCases holds the cases both must agree on.
/// </summary>
internal static class SaleBodyRules
{
    private static readonly string[] CustomerFields = { "first_name", "last_name", "email", "address1", "postcode", "town", "county" };
    private static readonly string[] OfflineDeliveryFields = { "first_name", "last_name", "address1", "town", "postcode" };

    public static SaleInput? Validate(JsonObject body, CompanyState company, ValidationErrors errors)
    {
        var cart = body["cart"] as JsonObject ?? new JsonObject();
        var input = new SaleInput();

        var itemTotals = Items(cart, company, errors, input);
        Customer(cart, errors);
        var deliveryPrice = Delivery(cart, company, errors, input);
        var payments = Payments(cart, company, errors);
        Totals(cart, errors, itemTotals, deliveryPrice, payments, input);

        var orderId = body["order_id"];
        var problem = !JsonValues.IsPresent(orderId) ? LaravelMessages.Required("order_id")
            : JsonValues.AsText(orderId) == null ? LaravelMessages.String("order_id") : null;
        if (errors.Check("order_id", problem))
        {
            input.OrderId = JsonValues.AsText(orderId)!;
        }

        return errors.Any ? null : input;
    }

    /// <summary>Returns the sum of item totals, or null when one of them is unreadable.</summary>
    private static decimal? Items(JsonObject cart, CompanyState company, ValidationErrors errors, SaleInput input) =>
        Sum(cart, "items", errors, (item, prefix) =>
        {
            // Only the company's own, active catalogue entries can be sold.
            var catalogue = Selected(item["id"], prefix + ".id", errors, id =>
                company.FindCatalogueItem(id) is { } c && string.Equals(c.Status, "active", StringComparison.OrdinalIgnoreCase) ? c : null);
            var price = Amount(item["price"], prefix + ".price", errors);
            if (catalogue != null && price.HasValue)
            {
                input.Items.Add(new SaleItemInput(catalogue, price.Value));
            }

            return Amount(item["total"], prefix + ".total", errors);
        });

    private static void Customer(JsonObject cart, ValidationErrors errors)
    {
        var customer = cart["customer"] as JsonObject ?? new JsonObject();
        foreach (var name in CustomerFields)
        {
            var field = "cart.customer." + name;
            errors.Check(field, !JsonValues.IsPresent(customer[name]) ? LaravelMessages.Required(field)
                : name == "email" && !EmailRule.IsValid(JsonValues.AsText(customer[name])) ? LaravelMessages.Email(field) : null);
        }
    }

    /// <summary>Returns the delivery price, or null when it is unreadable.</summary>
    private static decimal? Delivery(JsonObject cart, CompanyState company, ValidationErrors errors, SaleInput input)
    {
        var delivery = cart["delivery"] as JsonObject ?? new JsonObject();
        const string methodField = "cart.delivery.delivery_method";
        var method = Selected(delivery["delivery_method"], methodField, errors, company.FindDeliveryMethod);
        var price = Amount(delivery["price"], "cart.delivery.price", errors);

        if (method != null && method.Offline)
        {
            // A posted voucher needs somewhere to go.
            foreach (var name in OfflineDeliveryFields.Where(name => !JsonValues.IsPresent(delivery[name])))
            {
                var field = "cart.delivery." + name;
                errors.Add(field, LaravelMessages.RequiredWhen(field, methodField, method.Id.ToString(CultureInfo.InvariantCulture)));
            }
        }

        if (JsonValues.IsPresent(delivery["delivery_email"]) && !EmailRule.IsValid(JsonValues.AsText(delivery["delivery_email"])))
        {
            errors.Add("cart.delivery.delivery_email", LaravelMessages.Email("cart.delivery.delivery_email"));
        }

        input.DeliveryDate = JsonValues.IsPresent(delivery["delivery_date"]) ? JsonValues.AsText(delivery["delivery_date"]) ?? "" : null;
        return price;
    }

    /// <summary>Returns the sum of payment amounts, or null when one of them is unreadable.</summary>
    private static decimal? Payments(JsonObject cart, CompanyState company, ValidationErrors errors) =>
        Sum(cart, "payments", errors, (payment, prefix) =>
        {
            var amountField = prefix + ".amount";
            var amount = Amount(payment["amount"], amountField, errors);
            if (amount.HasValue && amount.Value <= 0m)
            {
                // Refused like a negative amount: not also added up against the total (one mistake, one error).
                errors.Add(amountField, LaravelMessages.GreaterThanZero(amountField));
                amount = null;
            }

            Selected(payment["payment_method_id"], prefix + ".payment_method_id", errors, company.FindPaymentMethod);
            return amount;
        });

    private static void Totals(JsonObject cart, ValidationErrors errors, decimal? itemTotals, decimal? deliveryPrice, decimal? payments, SaleInput input)
    {
        var totals = cart["totals"] as JsonObject ?? new JsonObject();
        var total = Amount(totals["total"], "cart.totals.total", errors);
        var subtotal = Amount(totals["subtotal"], "cart.totals.subtotal", errors);

        // 000: the order is not processed unless total = sum of payments; subtotal is what the items and delivery cost.
        MustEqual("cart.totals.total", total, payments, "the sum of the payment amounts");
        MustEqual("cart.totals.subtotal", subtotal, itemTotals + deliveryPrice, "the item totals plus the delivery price");
        input.Total = total ?? 0m;

        void MustEqual(string field, decimal? value, decimal? expected, string what)
        {
            if (value.HasValue && expected.HasValue && Money.TwoDecimals(value.Value) != Money.TwoDecimals(expected.Value))
            {
                errors.Add(field, $"The {field} must equal {what} ({Money.Text(expected.Value)}).");
            }
        }
    }

    /// <summary>
    /// Checks each entry of a required array of the cart (as "cart.NAME.N"); the sum of the amounts the
    /// check returns, or null when the array is missing or one amount is unreadable.
    /// </summary>
    private static decimal? Sum(JsonObject cart, string name, ValidationErrors errors, Func<JsonObject, string, decimal?> check)
    {
        var field = "cart." + name;
        if (cart[name] is not JsonArray { Count: > 0 } entries)
        {
            errors.Add(field, JsonValues.IsPresent(cart[name]) ? LaravelMessages.Array(field) : LaravelMessages.Required(field));
            return null;
        }

        decimal? sum = 0m;
        for (var i = 0; i < entries.Count; i++)
        {
            sum += check(entries[i] as JsonObject ?? new JsonObject(), field + "." + i.ToString(CultureInfo.InvariantCulture));
        }

        return sum;
    }

    /// <summary>A required id of one of the company's entries (Laravel's "exists"), or null with its error added.</summary>
    private static T? Selected<T>(JsonNode? node, string field, ValidationErrors errors, Func<string, T?> find)
        where T : class
    {
        var present = JsonValues.IsPresent(node);
        var found = present && JsonValues.AsText(node) is string id ? find(id) : null;
        errors.Check(field, !present ? LaravelMessages.Required(field) : found == null ? LaravelMessages.Selected(field) : null);
        return found;
    }

    /// <summary>A required money field: present, a number (or numeric string), at least 0, two decimals at most.</summary>
    private static decimal? Amount(JsonNode? node, string field, ValidationErrors errors)
    {
        var amount = 0m;
        var problem = !JsonValues.IsPresent(node) ? LaravelMessages.Required(field)
            : !JsonValues.TryDecimal(node, out amount) ? LaravelMessages.Numeric(field)
            : amount < 0m ? LaravelMessages.MinZero(field)
            : !JsonValues.HasAtMostTwoDecimals(amount) ? LaravelMessages.TwoDecimals(field)
            : null;
        return errors.Check(field, problem) ? amount : null;
    }
}

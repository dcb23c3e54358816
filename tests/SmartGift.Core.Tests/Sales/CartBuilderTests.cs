using System.Linq;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Sales;

public class CartBuilderTests
{
    [Fact]
    public void One_valid_row_becomes_the_sale_body_of_document_000()
    {
        var draft = CartBuilder.Build(new[] { SaleRows.Valid() });

        Assert.True(draft.IsValid, string.Join("; ", draft.Problems));
        var sale = draft.Sale!;
        Assert.Equal("123", sale.OrderId);
        var item = Assert.Single(sale.Cart.Items);
        Assert.Equal("270", item.Id);
        Assert.Equal(150.00m, item.Price);
        Assert.Equal(150.00m, item.Total);
        Assert.Null(item.To);
        Assert.Equal(150.50m, sale.Cart.Totals!.Subtotal);
        Assert.Equal(150.50m, sale.Cart.Totals.Total);
        Assert.Equal("marty.gift@example.co.uk", sale.Cart.Customer!.Email);
        Assert.Equal("High Street", sale.Cart.Customer.Address2);
        Assert.Equal("12", sale.Cart.Delivery!.DeliveryMethod);
        Assert.Equal(0.50m, sale.Cart.Delivery.Price);
        var payment = Assert.Single(sale.Cart.Payments);
        Assert.Equal(150.50m, payment.Amount);
        Assert.Equal("11", payment.PaymentMethodId);
        Assert.Equal(150.50m, draft.Total);
        Assert.Equal(1, draft.Items);
        Assert.Equal("line 2", draft.Location);
    }

    [Fact]
    public void Quantity_n_gives_n_items_and_counts_in_the_totals()
    {
        var draft = CartBuilder.Build(new[] { SaleRows.Valid(voucherId: "271", price: "50.00").With("quantity", "3").With("to", "Sam") });

        Assert.True(draft.IsValid, string.Join("; ", draft.Problems));
        Assert.Equal(3, draft.Sale!.Cart.Items.Count);
        Assert.All(draft.Sale.Cart.Items, i => { Assert.Equal("271", i.Id); Assert.Equal(50m, i.Total); Assert.Equal("Sam", i.To); });
        Assert.Equal(150.50m, draft.Sale.Cart.Totals!.Subtotal);
        Assert.Equal(3, draft.Items);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("two")]
    [InlineData("99999999999")]
    public void Quantity_outside_1_to_1000_is_refused(string quantity)
    {
        var draft = CartBuilder.Build(new[] { SaleRows.Valid(line: 7).With("quantity", quantity) });

        var p = Assert.Single(draft.Problems);
        Assert.Equal("line 7", p.Location);
        Assert.Equal("quantity", p.Field);
        Assert.Contains("'" + quantity + "'", p.Message);
        Assert.Contains("1 to 1000", p.Message);
        Assert.Null(draft.Sale);
    }

    [Fact]
    public void Rows_of_one_order_make_one_cart_with_summed_totals()
    {
        var rows = new[]
        {
            SaleRows.Valid("A1", 4).With("delivery_method", "13").With("delivery_price", "2.95"),
            SaleRows.Item("A1", 5, "271", "50.00", "2"),
            SaleRows.Item("A1", 6, "280", "180.00"),
        };
        var draft = CartBuilder.Build(rows);

        Assert.True(draft.IsValid, string.Join("; ", draft.Problems));
        Assert.Equal(new[] { "270", "271", "271", "280" }, draft.Sale!.Cart.Items.Select(i => i.Id));
        Assert.Equal(432.95m, draft.Sale.Cart.Totals!.Subtotal);
        Assert.Equal(432.95m, draft.Sale.Cart.Totals.Total);
        Assert.Equal(432.95m, draft.Sale.Cart.Payments.Single().Amount);
        Assert.Equal("lines 4-6", draft.Location);
        Assert.Equal(4, draft.Items);
    }

    [Fact]
    public void A_payment_amount_equal_to_the_total_is_accepted()
    {
        var draft = CartBuilder.Build(new[] { SaleRows.Valid().With("payment_amount", "150.5") });
        Assert.True(draft.IsValid, string.Join("; ", draft.Problems));
        Assert.Equal(150.50m, draft.Sale!.Cart.Payments.Single().Amount);
    }

    [Fact]
    public void A_payment_amount_that_does_not_add_up_is_refused_before_sending()
    {
        var rows = new[] { SaleRows.Valid("9", 3).With("payment_amount", "150.00"), SaleRows.Item("9", 4) };
        var draft = CartBuilder.Build(rows);

        var p = Assert.Single(draft.Problems);
        Assert.Equal("line 3", p.Location);
        Assert.Equal("payment_amount", p.Field);
        Assert.Contains("payment_amount 150.00 does not equal the order total 200.50", p.Message);
        Assert.Contains("items 200.00 + delivery_price 0.50", p.Message);
        Assert.False(draft.IsValid);
        Assert.Equal(200.50m, draft.Total);
    }

    [Theory]
    [InlineData("order_id")]
    [InlineData("voucher_id")]
    [InlineData("price")]
    [InlineData("first_name")]
    [InlineData("last_name")]
    [InlineData("email")]
    [InlineData("address1")]
    [InlineData("postcode")]
    [InlineData("town")]
    [InlineData("county")]
    [InlineData("delivery_method")]
    [InlineData("delivery_price")]
    [InlineData("payment_method_id")]
    public void A_required_column_left_empty_is_a_problem_naming_it(string column)
    {
        var draft = CartBuilder.Build(new[] { SaleRows.Valid(line: 5).With(column, " ") });

        var p = Assert.Single(draft.Problems);
        Assert.Equal("line 5", p.Location);
        Assert.Equal(column, p.Field);
        Assert.StartsWith(column + " is required", p.Message);
        Assert.Equal("line 5: " + p.Message, p.ToString());
    }

    [Theory]
    [InlineData("address2")]
    [InlineData("quantity")]
    [InlineData("to")]
    [InlineData("from")]
    [InlineData("message")]
    [InlineData("delivery_email")]
    [InlineData("delivery_date")]
    [InlineData("payment_amount")]
    [InlineData("delivery_first_name")]
    public void Optional_columns_may_be_empty(string column)
    {
        var draft = CartBuilder.Build(new[] { SaleRows.Valid().With(column, "") });
        Assert.True(draft.IsValid, string.Join("; ", draft.Problems));
    }

    [Theory]
    [InlineData("price", "12.345", "more than two decimals")]
    [InlineData("price", "-5.00", "negative")]
    [InlineData("price", "twelve", "not an amount")]
    [InlineData("delivery_price", "0.505", "more than two decimals")]
    [InlineData("delivery_price", "-0.50", "negative")]
    [InlineData("payment_amount", "1,000.00", "not an amount")]
    [InlineData("payment_amount", "0.00", "more than 0")]
    [InlineData("email", "marty.gift(at)example.co.uk", "not a valid e-mail address")]
    [InlineData("email", "marty@example", "not a valid e-mail address")]
    [InlineData("delivery_email", "friend@", "not a valid e-mail address")]
    [InlineData("delivery_date", "24/12/2030", "yyyy-MM-dd")]
    [InlineData("delivery_date", "2030-02-30", "yyyy-MM-dd")]
    public void A_bad_value_is_a_problem_naming_line_column_and_value(string column, string value, string because)
    {
        var draft = CartBuilder.Build(new[] { SaleRows.Valid(line: 9).With(column, value) });

        var p = Assert.Single(draft.Problems, x => x.Field == column);
        Assert.Equal("line 9", p.Location);
        Assert.Contains(column + " '" + value + "'", p.Message);
        Assert.Contains(because, p.Message);
        Assert.Null(draft.Sale);
    }

    [Fact]
    public void An_order_totalling_zero_is_refused_because_a_payment_of_zero_is()
    {
        var draft = CartBuilder.Build(new[] { SaleRows.Valid(line: 3).With("price", "0.00").With("delivery_price", "0") });
        var p = Assert.Single(draft.Problems);
        Assert.Equal(("line 3", "payment_amount"), (p.Location, p.Field));
        Assert.Contains("order total is 0.00", p.Message);
    }

    [Fact]
    public void A_future_delivery_date_is_passed_on()
    {
        var draft = CartBuilder.Build(new[] { SaleRows.Valid().With("delivery_date", "2030-12-24") });
        Assert.Equal("2030-12-24", draft.Sale!.Cart.Delivery!.DeliveryDate);
    }

    [Fact]
    public void A_conflicting_customer_value_in_a_later_row_names_both_values_and_lines()
    {
        var rows = new[] { SaleRows.Valid("7", 2), SaleRows.Item("7", 3).With("last_name", "Smyth"), SaleRows.Item("7", 4).With("last_name", "Gift") };
        var draft = CartBuilder.Build(rows);

        var p = Assert.Single(draft.Problems);
        Assert.Equal("line 3", p.Location);
        Assert.Equal("last_name", p.Field);
        Assert.Contains("'Smyth' differs from 'Gift' given at line 2", p.Message);
    }

    [Fact]
    public void The_same_money_written_differently_is_not_a_conflict()
    {
        var rows = new[] { SaleRows.Valid("7", 2), SaleRows.Item("7", 3).With("delivery_price", "0.5").With("email", "MARTY.GIFT@example.co.uk") };
        Assert.True(CartBuilder.Build(rows).IsValid);
    }

    [Fact]
    public void A_conflicting_payment_amount_is_a_problem()
    {
        var rows = new[] { SaleRows.Valid("7", 2).With("payment_amount", "200.50"), SaleRows.Item("7", 3).With("payment_amount", "150.00") };
        var p = Assert.Single(CartBuilder.Build(rows).Problems);
        Assert.Equal(("line 3", "payment_amount"), (p.Location, p.Field));
    }

    [Fact]
    public void An_order_value_may_come_from_a_later_row_when_the_first_leaves_it_empty()
    {
        var rows = new[] { SaleRows.Valid("7", 2).With("county", ""), SaleRows.Item("7", 3).With("county", "Newport") };
        var draft = CartBuilder.Build(rows);
        Assert.True(draft.IsValid, string.Join("; ", draft.Problems));
        Assert.Equal("Newport", draft.Sale!.Cart.Customer!.County);
    }

    [Fact]
    public void Every_bad_row_of_an_order_is_reported()
    {
        var rows = new[] { SaleRows.Valid("7", 2).With("price", "x"), SaleRows.Item("7", 3, price: "1.001"), SaleRows.Item("7", 4, voucherId: "") };
        var draft = CartBuilder.Build(rows);

        Assert.Equal(new[] { ("line 2", "price"), ("line 3", "price"), ("line 4", "voucher_id") }, draft.Problems.Select(p => (p.Location, p.Field)));
        Assert.Null(draft.Total);
    }

    [Fact]
    public void A_row_read_problem_is_one_of_its_orders_problems_and_not_reported_twice()
    {
        var row = SaleRows.Valid(line: 3).With("message", null);
        row.ReadProblems = new[] { new RecordProblem("line 3", "message", "message is 1000000 characters long; at most 4000 are allowed") };
        var draft = CartBuilder.Build(new[] { row });

        Assert.Equal(row.ReadProblems, draft.Problems);
        Assert.False(draft.IsValid);
    }

    [Fact]
    public void A_missing_required_column_read_problem_replaces_the_required_problem()
    {
        var rows = new[] { SaleRows.Valid("7", 2).With("email", null), SaleRows.Item("7", 3) };
        foreach (var r in rows) r.ReadProblems = new[] { new RecordProblem(r.Location, "email", "column 'email' is missing from the header") };

        var p = Assert.Single(CartBuilder.Build(rows).Problems);
        Assert.Equal(("line 2", "email"), (p.Location, p.Field));
    }

    [Theory]
    [InlineData("message", 4001)]
    [InlineData("to", 257)]
    [InlineData("first_name", 257)]
    [InlineData("order_id", 257)]
    public void A_value_over_its_length_limit_is_refused(string column, int length)
    {
        var draft = CartBuilder.Build(new[] { SaleRows.Valid(line: 4).With(column, new string('a', length)) });

        var p = Assert.Single(draft.Problems);
        Assert.Equal(("line 4", column), (p.Location, p.Field));
        Assert.Contains(length + " characters long", p.Message);
    }

    [Fact]
    public void A_message_at_its_limit_is_accepted()
    {
        Assert.True(CartBuilder.Build(new[] { SaleRows.Valid().With("message", new string('a', 4000)) }).IsValid);
    }

    [Fact]
    public void Rows_without_line_numbers_are_located_by_row()
    {
        var rows = new[] { SaleRows.Valid("7"), SaleRows.Item("7", 3) };
        rows[0].LineNumber = null; rows[0].RowNumber = 6;
        rows[1].LineNumber = null; rows[1].RowNumber = 7;
        rows[1].Price = "bad";
        var draft = CartBuilder.Build(rows);
        Assert.Equal("rows 6-7", draft.Location);
        Assert.Equal("row 7", draft.Problems.Single().Location);
    }

    [Fact]
    public void Money_is_read_invariantly_under_a_comma_culture()
    {
        Cultures.Under("de-DE", () =>
        {
            var draft = CartBuilder.Build(new[] { SaleRows.Valid().With("payment_amount", "150.50") });
            Assert.True(draft.IsValid, string.Join("; ", draft.Problems));
            Assert.Equal(150.50m, draft.Total);
            var bad = CartBuilder.Build(new[] { SaleRows.Valid().With("price", "150,00") });
            Assert.Equal("price", bad.Problems.Single().Field);
        });
    }
}

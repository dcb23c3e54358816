using System.Collections.Generic;
using System.Linq;

namespace SmartGift.Core.Tests.Sales;

public class SaleValidatorTests
{
    private static SaleRequest Sale() => new SaleRequest
    {
        OrderId = "123",
        Cart = new Cart
        {
            Items = new List<CartItem> { new CartItem { Id = "270", Price = 150.00m, Total = 150.00m } },
            Totals = new CartTotals { Total = 150.50m, Subtotal = 150.50m },
            Customer = new Customer
            {
                FirstName = "Marty", LastName = "Gift", Email = "marty.gift@smart-gift.co.uk", Address1 = "Bank Chambers",
                Address2 = "High Street", Postcode = "NP11 4EY", Town = "Newbridge", County = "Newport",
            },
            Delivery = new Delivery { Price = 0.50m, DeliveryMethod = "12" },
            Payments = new List<Payment> { new Payment { Amount = 150.50m, PaymentMethodId = "11" } },
        },
    };

    private static RecordProblem Only(SaleRequest sale)
    {
        var problems = SaleValidator.Validate(sale, "order 123");
        Assert.True(problems.Count == 1, "expected one problem, got: " + string.Join(" | ", problems));
        Assert.Equal("order 123", problems[0].Location);
        return problems[0];
    }

    [Fact]
    public void The_document_000_example_is_valid()
    {
        Assert.Empty(SaleValidator.Validate(Sale(), "order 123"));
    }

    [Fact]
    public void Order_id_is_required() => Assert.Equal("order_id", Only(Mutate(s => s.OrderId = "")).Field);

    [Fact]
    public void Items_are_required()
    {
        // Removing every item also breaks the subtotal; the items problem is the one of interest.
        var problems = SaleValidator.Validate(Mutate(s => s.Cart.Items.Clear()), "x");
        Assert.Equal("cart.items needs at least one item", Assert.Single(problems, p => p.Field == "cart.items").Message);
    }

    [Fact]
    public void An_item_needs_an_id() => Assert.Equal("cart.items.0.id", Only(Mutate(s => s.Cart.Items[0].Id = " ")).Field);

    [Fact]
    public void The_second_item_is_named_by_its_index()
    {
        var sale = Mutate(s => { s.Cart.Items.Add(new CartItem { Id = "", Price = 0, Total = 0 }); });
        Assert.Equal("cart.items.1.id", Only(sale).Field);
    }

    [Theory]
    [InlineData("first_name")]
    [InlineData("last_name")]
    [InlineData("email")]
    [InlineData("address1")]
    [InlineData("postcode")]
    [InlineData("town")]
    [InlineData("county")]
    public void Customer_fields_are_required(string field)
    {
        var sale = Sale();
        typeof(Customer).GetProperties().Single(p => Snake(p.Name) == field).SetValue(sale.Cart.Customer, null);
        var p = Only(sale);
        Assert.Equal("cart.customer." + field, p.Field);
        Assert.Equal("cart.customer." + field + " is required", p.Message);
    }

    [Fact]
    public void Address2_is_optional() => Assert.Empty(SaleValidator.Validate(Mutate(s => s.Cart.Customer!.Address2 = null), "x"));

    [Fact]
    public void The_customer_is_required() => Assert.Equal("cart.customer", Only(Mutate(s => s.Cart.Customer = null)).Field);

    [Theory]
    [InlineData("marty")]
    [InlineData("marty@")]
    [InlineData("@example.com")]
    [InlineData("marty gift@example.com")]
    [InlineData("marty@@example.com")]
    [InlineData("marty..gift@example.com")]
    public void Email_must_be_a_valid_address(string email)
    {
        var p = Only(Mutate(s => s.Cart.Customer!.Email = email));
        Assert.Equal("cart.customer.email", p.Field);
        Assert.Contains("'" + email + "' is not a valid e-mail address", p.Message);
    }

    [Fact]
    public void Delivery_method_is_required() => Assert.Equal("cart.delivery.delivery_method", Only(Mutate(s => s.Cart.Delivery!.DeliveryMethod = null)).Field);

    [Fact]
    public void Delivery_is_required()
    {
        var problems = SaleValidator.Validate(Mutate(s => s.Cart.Delivery = null), "x");
        Assert.Contains(problems, p => p.Field == "cart.delivery");
    }

    [Fact]
    public void A_delivery_email_must_be_valid() => Assert.Equal("cart.delivery.delivery_email", Only(Mutate(s => s.Cart.Delivery!.DeliveryEmail = "nope")).Field);

    [Fact]
    public void A_delivery_date_must_be_yyyy_MM_dd() => Assert.Equal("cart.delivery.delivery_date", Only(Mutate(s => s.Cart.Delivery!.DeliveryDate = "2030-13-01")).Field);

    [Fact]
    public void Payments_are_required() => Assert.Contains(SaleValidator.Validate(Mutate(s => s.Cart.Payments.Clear()), "x"), p => p.Field == "cart.payments");

    [Fact]
    public void A_payment_needs_a_method() => Assert.Equal("cart.payments.0.payment_method_id", Only(Mutate(s => s.Cart.Payments[0].PaymentMethodId = "")).Field);

    [Fact]
    public void Totals_are_required() => Assert.Equal("cart.totals", Only(Mutate(s => s.Cart.Totals = null)).Field);

    [Theory]
    [InlineData("cart.items.0.price")]
    [InlineData("cart.items.0.total")]
    [InlineData("cart.delivery.price")]
    [InlineData("cart.payments.0.amount")]
    [InlineData("cart.totals.total")]
    [InlineData("cart.totals.subtotal")]
    public void Money_must_not_be_negative_nor_have_three_decimals(string field)
    {
        foreach (var bad in new[] { -1.00m, 0.505m })
        {
            var sale = Sale();
            Set(sale, field, bad);
            var problems = SaleValidator.Validate(sale, "order 123");
            var p = Assert.Single(problems, x => x.Field == field);
            Assert.Contains(bad < 0 ? "is negative" : "more than two decimals", p.Message);
        }
    }

    [Fact]
    public void A_payment_must_be_above_zero()
    {
        var sale = Mutate(s => { s.Cart.Items[0].Price = 0; s.Cart.Items[0].Total = 0; s.Cart.Delivery!.Price = 0; s.Cart.Payments[0].Amount = 0; s.Cart.Totals = new CartTotals(); });
        var p = Only(sale);
        Assert.Equal("cart.payments.0.amount", p.Field);
        Assert.Contains("must be more than 0", p.Message);
    }

    [Theory]
    [InlineData("siân@example.cymru")]
    [InlineData("o'brien+gifts@mail.example.co.uk")]
    public void Email_addresses_the_server_accepts_are_accepted(string email)
    {
        Assert.Empty(SaleValidator.Validate(Mutate(s => s.Cart.Customer!.Email = email), "x"));
    }

    [Fact]
    public void Subtotal_must_equal_items_plus_delivery()
    {
        var problems = SaleValidator.Validate(Mutate(s => s.Cart.Delivery!.Price = 2.95m), "x");
        var p = Assert.Single(problems);
        Assert.Equal("cart.totals.subtotal", p.Field);
        Assert.Contains("(152.95)", p.Message);
    }

    [Fact]
    public void Total_must_equal_the_sum_of_payments()
    {
        var sale = Mutate(s => s.Cart.Payments[0].Amount = 100m);
        var p = Assert.Single(SaleValidator.Validate(sale, "x"));
        Assert.Equal("cart.totals.total", p.Field);
        Assert.Contains("sum of the payments (100.00)", p.Message);
    }

    [Fact]
    public void Split_payments_that_add_up_are_valid()
    {
        var sale = Mutate(s => { s.Cart.Payments[0].Amount = 100m; s.Cart.Payments.Add(new Payment { Amount = 50.50m, PaymentMethodId = "12" }); });
        Assert.Empty(SaleValidator.Validate(sale, "x"));
    }

    [Fact]
    public void Total_must_equal_subtotal()
    {
        var sale = Mutate(s => { s.Cart.Totals!.Total = 100m; s.Cart.Payments[0].Amount = 100m; });
        var p = Assert.Single(SaleValidator.Validate(sale, "x"));
        Assert.Equal("cart.totals.total", p.Field);
        Assert.Contains("does not equal cart.totals.subtotal 150.50", p.Message);
    }

    [Fact]
    public void Long_text_is_refused_with_the_dotted_name()
    {
        var p = Only(Mutate(s => s.Cart.Items[0].Message = new string('m', 4001)));
        Assert.Equal("cart.items.0.message", p.Field);
    }

    [Fact]
    public void FillTotals_computes_missing_totals()
    {
        var sale = Mutate(s => s.Cart.Totals = null);
        SaleValidator.FillTotals(sale);
        Assert.Equal(150.50m, sale.Cart.Totals!.Subtotal);
        Assert.Equal(150.50m, sale.Cart.Totals.Total);
        Assert.Empty(SaleValidator.Validate(sale, "x"));
    }

    [Fact]
    public void FillTotals_computes_zero_totals()
    {
        var sale = Mutate(s => s.Cart.Totals = new CartTotals());
        SaleValidator.FillTotals(sale);
        Assert.Equal(150.50m, sale.Cart.Totals!.Total);
    }

    [Fact]
    public void FillTotals_leaves_given_totals_for_Validate_to_check()
    {
        var sale = Mutate(s => s.Cart.Totals = new CartTotals { Total = 99m, Subtotal = 99m });
        SaleValidator.FillTotals(sale);
        Assert.Equal(99m, sale.Cart.Totals!.Total);
        Assert.NotEmpty(SaleValidator.Validate(sale, "x"));
    }

    [Fact]
    public void FillTotals_does_not_hide_payments_that_do_not_cover_the_order()
    {
        var sale = Mutate(s => { s.Cart.Totals = null; s.Cart.Payments[0].Amount = 150m; });
        SaleValidator.FillTotals(sale);
        var p = Assert.Single(SaleValidator.Validate(sale, "x"));
        Assert.Equal("cart.totals.total", p.Field);
    }

    [Fact]
    public void Absurd_amounts_are_refused_by_name_not_by_an_overflow()
    {
        var sale = Mutate(s => { s.Cart.Totals = null; s.Cart.Items.Add(new CartItem { Id = "270", Price = decimal.MaxValue, Total = decimal.MaxValue }); s.Cart.Items.Add(new CartItem { Id = "270", Price = 1, Total = decimal.MaxValue }); });
        SaleValidator.FillTotals(sale);
        var problems = SaleValidator.Validate(sale, "x");
        Assert.Contains(problems, p => p.Field == "cart.items.1.total" && p.Message.Contains("is more than 1000000.00"));
    }

    private static SaleRequest Mutate(System.Action<SaleRequest> change)
    {
        var s = Sale();
        change(s);
        return s;
    }

    private static void Set(SaleRequest sale, string field, decimal value)
    {
        switch (field)
        {
            case "cart.items.0.price": sale.Cart.Items[0].Price = value; break;
            case "cart.items.0.total": sale.Cart.Items[0].Total = value; break;
            case "cart.delivery.price": sale.Cart.Delivery!.Price = value; break;
            case "cart.payments.0.amount": sale.Cart.Payments[0].Amount = value; break;
            case "cart.totals.total": sale.Cart.Totals!.Total = value; break;
            case "cart.totals.subtotal": sale.Cart.Totals!.Subtotal = value; break;
        }
    }

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}

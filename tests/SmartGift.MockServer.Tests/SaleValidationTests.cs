using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SmartGift.MockServer.Tests.Infrastructure;
using SmartGift.Testing;

namespace SmartGift.MockServer.Tests;

/// <summary>The rules of document 000, one at a time, with the exact 422 messages.</summary>
public sealed class SaleValidationTests : MockServerTest
{
    public SaleValidationTests(MockServerFixture fixture)
        : base(fixture)
    {
    }

    [Theory]
    [InlineData("first_name", "The cart.customer.first name field is required.")]
    [InlineData("last_name", "The cart.customer.last name field is required.")]
    [InlineData("email", "The cart.customer.email field is required.")]
    [InlineData("address1", "The cart.customer.address1 field is required.")]
    [InlineData("postcode", "The cart.customer.postcode field is required.")]
    [InlineData("town", "The cart.customer.town field is required.")]
    [InlineData("county", "The cart.customer.county field is required.")]
    public async Task Each_customer_field_is_required(string name, string message)
    {
        var missing = SaleBodies.Example();
        missing.Customer().Remove(name);
        var blank = SaleBodies.Example();
        blank.Customer()[name] = " ";

        ValidationAssert.Single(await Demo.SellAsync(missing), "cart.customer." + name, message);
        ValidationAssert.Single(await Demo.SellAsync(blank), "cart.customer." + name, message);
        Assert.Empty(await Control.GetOrdersAsync());
    }

    [Fact]
    public async Task Address2_is_optional()
    {
        var body = SaleBodies.Example();
        body.Customer().Remove("address2");

        Assert.Equal(HttpStatusCode.OK, (await Demo.SellAsync(body)).Status);
    }

    [Theory]
    [InlineData("marty")]
    [InlineData("marty@")]
    [InlineData("marty gift@example.com")]
    public async Task Customer_email_must_be_valid(string email)
    {
        var body = SaleBodies.Example();
        body.Customer()["email"] = email;

        ValidationAssert.Single(await Demo.SellAsync(body), "cart.customer.email", "The cart.customer.email field must be a valid email address.");
    }

    [Fact]
    public async Task Items_are_required()
    {
        var missing = SaleBodies.Example();
        missing.Cart().Remove("items");
        var empty = SaleBodies.Example();
        empty.Cart()["items"] = new JsonArray();
        var notArray = SaleBodies.Example();
        notArray.Cart()["items"] = "270";

        ValidationAssert.Has(await Demo.SellAsync(missing), "cart.items", "The cart.items field is required.");
        ValidationAssert.Has(await Demo.SellAsync(empty), "cart.items", "The cart.items field is required.");
        ValidationAssert.Has(await Demo.SellAsync(notArray), "cart.items", "The cart.items field must be an array.");
    }

    [Theory]
    [InlineData("290")] // hidden
    [InlineData("291")] // disabled
    [InlineData("370")] // Sister Venue's
    [InlineData("999")] // unknown
    [InlineData("abc")]
    public async Task Only_active_vouchers_of_the_company_can_be_sold(string id)
    {
        var body = SaleBodies.Example();
        body.Item()["id"] = id;

        ValidationAssert.Single(await Demo.SellAsync(body), "cart.items.0.id", "The selected cart.items.0.id is invalid.");
    }

    [Fact]
    public async Task Item_id_price_and_total_are_required()
    {
        var body = SaleBodies.Example();
        body.Item().Remove("id");
        body.Item()["price"] = "lots";

        var answer = await Demo.SellAsync(body);

        ValidationAssert.Has(answer, "cart.items.0.id", "The cart.items.0.id field is required.");
        ValidationAssert.Has(answer, "cart.items.0.price", "The cart.items.0.price field must be a number.");
        Assert.Equal("The cart.items.0.id field is required. (and 1 more error)", answer.Message);
    }

    [Fact]
    public async Task Unknown_payment_method_is_invalid()
    {
        var body = SaleBodies.Example();
        body.Payment()["payment_method_id"] = 21; // Sister Venue's card

        ValidationAssert.Single(await Demo.SellAsync(body), "cart.payments.0.payment_method_id", "The selected cart.payments.0.payment method id is invalid.");
    }

    [Fact]
    public async Task Payments_and_their_fields_are_required()
    {
        var noPayments = SaleBodies.Example();
        noPayments.Cart().Remove("payments");
        var emptyPayment = SaleBodies.Example();
        emptyPayment.Cart()["payments"] = JsonNode.Parse("[{}]");

        ValidationAssert.Has(await Demo.SellAsync(noPayments), "cart.payments", "The cart.payments field is required.");
        var answer = await Demo.SellAsync(emptyPayment);
        ValidationAssert.Has(answer, "cart.payments.0.amount", "The cart.payments.0.amount field is required.");
        ValidationAssert.Has(answer, "cart.payments.0.payment_method_id", "The cart.payments.0.payment method id field is required.");
    }

    [Fact]
    public async Task Delivery_method_and_price_are_required_and_the_method_must_be_known()
    {
        var missing = SaleBodies.Example();
        missing.Delivery().Remove("delivery_method");
        missing.Delivery().Remove("price");
        var unknown = SaleBodies.Example();
        unknown.Delivery()["delivery_method"] = 22; // Sister Venue's

        var answer = await Demo.SellAsync(missing);
        ValidationAssert.Has(answer, "cart.delivery.delivery_method", "The cart.delivery.delivery method field is required.");
        ValidationAssert.Has(answer, "cart.delivery.price", "The cart.delivery.price field is required.");
        ValidationAssert.Single(await Demo.SellAsync(unknown), "cart.delivery.delivery_method", "The selected cart.delivery.delivery method is invalid.");
    }

    [Fact]
    public async Task Offline_delivery_needs_a_name_and_address()
    {
        var body = SaleBodies.Example();
        body.Delivery()["delivery_method"] = 13;

        var answer = await Demo.SellAsync(body);

        Assert.Equal(
            new[] { "cart.delivery.first_name", "cart.delivery.last_name", "cart.delivery.address1", "cart.delivery.town", "cart.delivery.postcode" },
            answer.ErrorFields());
        ValidationAssert.Has(answer, "cart.delivery.town", "The cart.delivery.town field is required when cart.delivery.delivery method is 13.");
        Assert.Equal("The cart.delivery.first name field is required when cart.delivery.delivery method is 13. (and 4 more errors)", answer.Message);
    }

    [Fact]
    public async Task Offline_delivery_with_an_address_sells()
    {
        var body = SaleBodies.Example();
        var delivery = body.Delivery();
        delivery["delivery_method"] = 13;
        delivery["first_name"] = "Jane";
        delivery["last_name"] = "Gift";
        delivery["address1"] = "1 Test Street";
        delivery["town"] = "Newport";
        delivery["postcode"] = "NP20 1AA";

        Assert.Equal(HttpStatusCode.OK, (await Demo.SellAsync(body)).Status);
    }

    [Fact]
    public async Task Total_must_equal_the_sum_of_payments()
    {
        var body = SaleBodies.Example();
        body.Payment()["amount"] = 100m;
        body.Cart()["payments"]!.AsArray().Add(JsonNode.Parse("{\"amount\":40.00,\"payment_method_id\":12}"));

        ValidationAssert.Single(await Demo.SellAsync(body), "cart.totals.total", "The cart.totals.total must equal the sum of the payment amounts (140.00).");
    }

    [Fact]
    public async Task Subtotal_must_equal_item_totals_plus_delivery()
    {
        var body = SaleBodies.Example();
        body.Totals()["subtotal"] = 150m;

        ValidationAssert.Single(await Demo.SellAsync(body), "cart.totals.subtotal", "The cart.totals.subtotal must equal the item totals plus the delivery price (150.50).");
    }

    [Fact]
    public async Task Totals_are_required()
    {
        var body = SaleBodies.Example();
        body.Cart().Remove("totals");

        var answer = await Demo.SellAsync(body);

        Assert.Equal(new[] { "cart.totals.total", "cart.totals.subtotal" }, answer.ErrorFields());
        Assert.Equal("The cart.totals.total field is required. (and 1 more error)", answer.Message);
    }

    [Fact]
    public async Task Amounts_must_be_non_negative_numbers_with_two_decimals()
    {
        var body = SaleBodies.Example();
        body.Delivery()["price"] = -1;
        body.Item()["total"] = 150.001m;

        var answer = await Demo.SellAsync(body);

        ValidationAssert.Has(answer, "cart.delivery.price", "The cart.delivery.price field must be at least 0.");
        ValidationAssert.Has(answer, "cart.items.0.total", "The cart.items.0.total field must have 0-2 decimal places.");
    }

    [Fact]
    public async Task Order_id_is_required()
    {
        var body = SaleBodies.Example();
        body.Remove("order_id");

        ValidationAssert.Single(await Demo.SellAsync(body), "order_id", "The order id field is required.");
    }

    [Fact]
    public async Task An_empty_body_reports_every_required_field()
    {
        var answer = await Demo.PostTextAsync("pos-sale", "{}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal(14, answer.ErrorFields().Length);
        Assert.Equal("The cart.items field is required. (and 13 more errors)", answer.Message);
    }

    [Fact]
    public async Task Malformed_json_is_a_400()
    {
        var answer = await Demo.PostTextAsync("pos-sale", "{\"cart\": {,}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("The request body is not valid JSON.", answer.Message);
        Assert.Empty(await Control.GetOrdersAsync());
    }
}

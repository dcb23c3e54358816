using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SmartGift.MockServer.Tests.Infrastructure;
using SmartGift.Testing;

namespace SmartGift.MockServer.Tests;

public sealed class SaleTests : MockServerTest
{
    public SaleTests(MockServerFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public async Task Document_000_example_sells_verbatim()
    {
        var answer = await Demo.PostTextAsync("pos-sale", MockSeed.ExampleSaleBody);

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        Assert.Equal("{\"data\":{\"order_id\":\"123\"}}", answer.Text);
        var order = Assert.Single(await Control.GetOrdersAsync());
        Assert.Equal("123", order.OrderId);
        Assert.Equal(MockSeed.DemoCompany, order.Company);
        Assert.Equal("/pos-sale", order.Path);
        Assert.Equal(150.50m, order.Total);
        Assert.Equal(new[] { MockSeed.FirstSoldDemoVoucher }, order.VoucherNumbers);
        Assert.Equal("Marty", order.Cart.GetProperty("customer").GetProperty("first_name").GetString());
    }

    [Fact]
    public async Task Sale_path_is_the_same_handler()
    {
        var answer = await Demo.SellAsync(SaleBodies.Example(), "sale");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("/sale", Assert.Single(await Control.GetOrdersAsync()).Path);
    }

    [Fact]
    public async Task Repeated_order_id_creates_a_second_order_under_a_new_id()
    {
        var first = await Demo.SellAsync(SaleBodies.Example());
        var second = await Demo.SellAsync(SaleBodies.Example());
        var third = await Demo.SellAsync(SaleBodies.Example());

        Assert.Equal("123", first.Json.GetProperty("data").GetProperty("order_id").GetString());
        Assert.Equal("123-2", second.Json.GetProperty("data").GetProperty("order_id").GetString());
        Assert.Equal("123-3", third.Json.GetProperty("data").GetProperty("order_id").GetString());
        var orders = await Control.GetOrdersAsync();
        Assert.Equal(3, orders.Count);
        Assert.All(orders, o => Assert.Equal("123", o.RequestedOrderId));
        Assert.Equal(3, orders.SelectMany(o => o.VoucherNumbers).Distinct().Count());
    }

    [Fact]
    public async Task The_same_order_id_at_another_company_is_kept()
    {
        await Demo.SellAsync(SaleBodies.Example());
        var sister = SaleBodies.Of(MockSeed.SisterVoucher, 25m);
        sister["order_id"] = "123";
        sister.Delivery()["delivery_method"] = 22;
        sister.Delivery()["price"] = 0.50;
        sister.Payment()["payment_method_id"] = 21;

        var answer = await Sister.SellAsync(sister);

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        Assert.Equal("123", answer.Json.GetProperty("data").GetProperty("order_id").GetString());
        Assert.Equal("SIST000002", (await Control.GetOrdersAsync()).Single(o => o.Company == MockSeed.SisterCompany).VoucherNumbers.Single());
    }

    [Fact]
    public async Task Ids_and_amounts_may_be_numbers_or_strings()
    {
        var body = SaleBodies.Example();
        body.Item()["id"] = 270;
        body["order_id"] = 456;
        body.Delivery()["delivery_method"] = "12";
        body.Payment()["payment_method_id"] = "11";
        body.Payment()["amount"] = "150.50";

        var answer = await Demo.SellAsync(body);

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        Assert.Equal("456", answer.Json.GetProperty("data").GetProperty("order_id").GetString());
    }

    [Fact]
    public async Task A_sold_monetary_voucher_holds_the_item_price_and_can_be_redeemed()
    {
        await Demo.SellAsync(SaleBodies.Of(MockSeed.Voucher50, 50m));

        var voucher = (await Control.GetIssuedVouchersAsync()).Single(v => v.VoucherNo == MockSeed.FirstSoldDemoVoucher);
        Assert.Equal("monetary", voucher.Type);
        Assert.Equal(50m, voucher.Value);
        Assert.Equal(50m, voucher.Balance);
        Assert.Equal(271, voucher.CatalogueId);

        var redeemed = await Demo.RedeemAsync(MockSeed.FirstSoldDemoVoucher, MockSeed.DemoSite, 20m);
        Assert.True(redeemed.Status == HttpStatusCode.OK, redeemed.ToString());
        Assert.Equal(30m, (await Control.GetIssuedVouchersAsync()).Single(v => v.VoucherNo == MockSeed.FirstSoldDemoVoucher).Balance);
    }

    [Fact]
    public async Task A_sold_experience_voucher_holds_its_experiences_and_can_be_redeemed()
    {
        await Demo.SellAsync(SaleBodies.Of(MockSeed.SpaDay, 180m));

        var voucher = (await Control.GetIssuedVouchersAsync()).Single(v => v.VoucherNo == MockSeed.FirstSoldDemoVoucher);
        Assert.Equal("experience", voucher.Type);
        Assert.Equal(new[] { "Spa Access", "Lunch", "Massage", "Afternoon Tea" }, voucher.Experiences.Select(e => e.Name));
        Assert.All(voucher.Experiences, e => Assert.False(e.Used));

        var redeemed = await Demo.RedeemAsync(MockSeed.FirstSoldDemoVoucher, MockSeed.DemoSite, 8m);
        Assert.True(redeemed.Status == HttpStatusCode.OK, redeemed.ToString());
        Assert.Single(redeemed.Json.GetProperty("data").GetProperty("redemptions").EnumerateArray());
    }

    [Fact]
    public async Task Several_items_issue_one_voucher_each_continuing_the_sequence()
    {
        var body = SaleBodies.Example();
        body.Cart()["items"]!.AsArray().Add(JsonNode.Parse("{\"id\":271,\"price\":50.00,\"total\":50.00}"));
        body.Totals()["total"] = 200.50m;
        body.Totals()["subtotal"] = 200.50m;
        body.Payment()["amount"] = 200.50m;

        var answer = await Demo.SellAsync(body);

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        Assert.Equal(new[] { "DEMO000008", "DEMO000009" }, Assert.Single(await Control.GetOrdersAsync()).VoucherNumbers);
    }

    [Fact]
    public async Task A_future_delivery_date_is_kept()
    {
        var now = await Control.GetNowAsync();
        var body = SaleBodies.Example();
        var date = now.UtcDateTime.Date.AddDays(10);
        body.Delivery()["delivery_date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.Equal(HttpStatusCode.OK, (await Demo.SellAsync(body)).Status);

        var order = Assert.Single(await Control.GetOrdersAsync());
        Assert.Equal("future", order.DeliveryDateStatus);
        Assert.Equal(new DateTimeOffset(date, TimeSpan.Zero), order.DeliveryDate);
    }

    [Theory]
    [InlineData(-3, "past")]
    [InlineData(0, "current")]
    public async Task A_past_or_current_delivery_date_means_now(int days, string status)
    {
        var now = await Control.GetNowAsync();
        var body = SaleBodies.Example();
        body.Delivery()["delivery_date"] = now.UtcDateTime.Date.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.Equal(HttpStatusCode.OK, (await Demo.SellAsync(body)).Status);

        var order = Assert.Single(await Control.GetOrdersAsync());
        Assert.Equal(status, order.DeliveryDateStatus);
        Assert.Null(order.DeliveryDate);
    }

    [Fact]
    public async Task An_invalid_delivery_date_means_now()
    {
        var body = SaleBodies.Example();
        body.Delivery()["delivery_date"] = "next Tuesday";

        Assert.Equal(HttpStatusCode.OK, (await Demo.SellAsync(body)).Status);

        var order = Assert.Single(await Control.GetOrdersAsync());
        Assert.Equal("invalid", order.DeliveryDateStatus);
        Assert.Null(order.DeliveryDate);
    }
}

using System.Linq;
using System.Text;
using System.Text.Json;
using SmartGift.Core.Tests.Client;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Json;

/// <summary>DESIGN 4 and document 000: money with two decimals, ids in the document's types, nulls written.</summary>
public class WireJsonTests
{
    [Fact]
    public void Money_is_written_as_a_number_with_exactly_two_decimals()
    {
        var sale = MockApiTest.ExampleSale();
        sale.Cart.Totals = new CartTotals { Total = 150.5m, Subtotal = 150.5m };
        var json = Encoding.UTF8.GetString(WireJson.Body(sale));

        Assert.Contains("\"price\":150.00,", json);
        Assert.Contains("\"total\":150.00,", json);
        Assert.Contains("\"totals\":{\"total\":150.50,\"subtotal\":150.50}", json);
        Assert.Contains("\"price\":0.50,\"delivery_method\":12,", json);
        Assert.Contains("{\"amount\":150.50,\"payment_method_id\":11}", json);
    }

    [Fact]
    public void Ids_follow_document_000_and_null_fields_are_written()
    {
        var sale = MockApiTest.ExampleSale();
        sale.Cart.Delivery!.DeliveryMethod = "EMAIL-1";
        sale.Cart.Payments[0].PaymentMethodId = "012";
        using var document = JsonDocument.Parse(WireJson.Body(sale));
        var cart = document.RootElement.GetProperty("cart");

        Assert.Equal(JsonValueKind.String, cart.GetProperty("items")[0].GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.Null, cart.GetProperty("items")[0].GetProperty("to").ValueKind);
        Assert.Equal(JsonValueKind.Null, cart.GetProperty("delivery").GetProperty("delivery_date").ValueKind);
        Assert.Equal("EMAIL-1", cart.GetProperty("delivery").GetProperty("delivery_method").GetString());
        // A leading zero would be lost as a number, so it stays a string.
        Assert.Equal("012", cart.GetProperty("payments")[0].GetProperty("payment_method_id").GetString());
        Assert.Equal("123", document.RootElement.GetProperty("order_id").GetString());
    }

    [Fact]
    public void Document_000_example_round_trips_to_the_same_values()
    {
        using var example = JsonDocument.Parse(MockSeed.ExampleSaleBody);
        var cart = example.RootElement.GetProperty("cart");
        var item = cart.GetProperty("items")[0];
        var delivery = cart.GetProperty("delivery");
        var customer = cart.GetProperty("customer");
        var sale = new SaleRequest
        {
            OrderId = example.RootElement.GetProperty("order_id").GetString()!,
            Cart = new Cart
            {
                Items = { new CartItem { Id = item.GetProperty("id").GetString()!, Price = item.GetProperty("price").GetDecimal(), Total = item.GetProperty("total").GetDecimal() } },
                Totals = new CartTotals { Total = cart.GetProperty("totals").GetProperty("total").GetDecimal(), Subtotal = cart.GetProperty("totals").GetProperty("subtotal").GetDecimal() },
                Customer = JsonSerializer.Deserialize<Customer>(customer.GetRawText()),
                Delivery = new Delivery { Price = delivery.GetProperty("price").GetDecimal(), DeliveryMethod = delivery.GetProperty("delivery_method").GetRawText(), Name = delivery.GetProperty("name").GetString() },
                Payments = { new Payment { Amount = cart.GetProperty("payments")[0].GetProperty("amount").GetDecimal(), PaymentMethodId = cart.GetProperty("payments")[0].GetProperty("payment_method_id").GetRawText() } },
            },
        };

        using var written = JsonDocument.Parse(WireJson.Body(sale));
        AssertSameJson(example.RootElement, written.RootElement, "$");
        Assert.Contains("\"total\":150.00,", Encoding.UTF8.GetString(WireJson.Body(sale)));
    }

    [Fact]
    public void Redeem_writes_money_or_the_integer_experience_sum()
    {
        var money = Encoding.UTF8.GetString(WireJson.Body(new RedeemRequest { VoucherNumber = "DEMO000001", SiteId = "1", Amount = 10m }));
        var bits = Encoding.UTF8.GetString(WireJson.Body(new RedeemRequest { VoucherNumber = "DEMO000006", SiteId = "1", ExperienceBits = 10, HoldToken = "hold_token_x" }));

        Assert.Equal("{\"voucher_no\":\"DEMO000001\",\"site_id\":\"1\",\"value\":10.00}", money);
        Assert.Equal("{\"voucher_no\":\"DEMO000006\",\"site_id\":\"1\",\"value\":10,\"hold_token\":\"hold_token_x\"}", bits);
    }

    [Fact]
    public void Journals_of_version_1_0_hashed_the_model_as_declared_without_converters()
    {
        var sale = new SaleRequest
        {
            OrderId = "A-1",
            Cart = new Cart
            {
                Items = { new CartItem { Id = "7", Price = 150m, Total = 150m } },
                Totals = new CartTotals { Total = 150m, Subtotal = 150m },
                Delivery = new Delivery { Price = 0m, DeliveryMethod = "12", FirstName = "Ann" },
                Payments = { new Payment { Amount = 150m, PaymentMethodId = "11" } },
            },
        };

        // The text version 1.0 hashed (plain JsonSerializer.Serialize of the model then): money as
        // given, ids as strings, Delivery's properties in declaration order. Its hash still matches a rerun.
        Assert.Equal("{\"cart\":{\"items\":[{\"id\":\"7\",\"price\":150,\"total\":150,\"to\":null,\"from\":null,\"message\":null}]," +
            "\"totals\":{\"total\":150,\"subtotal\":150},\"customer\":null," +
            "\"delivery\":{\"price\":0,\"delivery_method\":\"12\",\"delivery_email\":null,\"delivery_date\":null,\"name\":null,\"first_name\":\"Ann\"," +
            "\"last_name\":null,\"address1\":null,\"address2\":null,\"town\":null,\"county\":null,\"postcode\":null,\"description\":null}," +
            "\"payments\":[{\"amount\":150,\"payment_method_id\":\"11\"}]},\"order_id\":\"A-1\"}", WireJson.Version10Text(sale));
        Assert.Contains("\"price\":150.00", System.Text.Encoding.UTF8.GetString(WireJson.Body(sale)));
    }

    [Fact]
    public void The_journal_hash_is_over_the_bytes_sent_so_150_and_150_00_are_one_amount()
    {
        var plain = MockApiTest.ExampleSale();
        var scaled = MockApiTest.ExampleSale();
        plain.Cart.Items[0].Price = 150m;
        plain.Cart.Items[0].Total = 150m;
        scaled.Cart.Items[0].Price = 150.00m;
        scaled.Cart.Items[0].Total = 150.000m;

        Assert.Equal(WireJson.Body(plain), WireJson.Body(scaled));
        Assert.Equal(SmartGift.RecordKey.SaleHash(WireJson.Body(plain)), SmartGift.RecordKey.SaleHash(scaled));
    }

    /// <summary>Same structure and same values (numbers compared as decimals, so 150 equals 150.00).</summary>
    private static void AssertSameJson(JsonElement expected, JsonElement actual, string path)
    {
        Assert.True(expected.ValueKind == actual.ValueKind, path + ": " + expected.ValueKind + " vs " + actual.ValueKind);
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in expected.EnumerateObject())
                {
                    Assert.True(actual.TryGetProperty(property.Name, out var other), path + "." + property.Name + " missing");
                    AssertSameJson(property.Value, other, path + "." + property.Name);
                }
                Assert.Equal(expected.EnumerateObject().Count(), actual.EnumerateObject().Count());
                break;
            case JsonValueKind.Array:
                Assert.Equal(expected.GetArrayLength(), actual.GetArrayLength());
                for (var i = 0; i < expected.GetArrayLength(); i++) AssertSameJson(expected[i], actual[i], path + "[" + i + "]");
                break;
            case JsonValueKind.Number:
                Assert.True(expected.GetDecimal() == actual.GetDecimal(), path + ": " + expected + " vs " + actual);
                break;
            case JsonValueKind.String:
                Assert.Equal(expected.GetString(), actual.GetString());
                break;
        }
    }
}

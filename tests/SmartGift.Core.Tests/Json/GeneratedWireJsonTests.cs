using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using SmartGift.Core.Tests.Client;
using SmartGift.Core.Tests.Csv;
using SmartGift.Core.Tests.Redemptions;
using SmartGift.Core.Tests.Sales;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Json;

/// <summary>
/// The generated serializers (WireJsonContext) write the bytes that System.Text.Json's
/// reflection serializer with default options wrote before them, so every body sent and every
/// journal hash stays what it was.
/// </summary>
public class GeneratedWireJsonTests
{
    /// <summary>The serializer WireJson used until the bodies' serializers were generated.</summary>
    private static readonly JsonSerializerOptions Reflection = new JsonSerializerOptions();

    [Fact]
    public void The_sample_sales_are_written_as_the_reflection_serializer_wrote_them_and_hash_alike()
    {
        using var reader = SaleCsvReader.Open(RepositoryFiles.Sample("sales.csv"));
        var sales = CsvText.Orders(reader.ReadRows()).Where(o => o.IsValid).Select(o => o.Sale!).ToList();
        sales.Add(MockApiTest.ExampleSale());
        sales.Add(Awkward());
        Assert.True(sales.Count > 10);

        foreach (var sale in sales)
        {
            var before = JsonSerializer.SerializeToUtf8Bytes(sale, Reflection);
            var now = WireJson.Body(sale);
            Assert.True(before.SequenceEqual(now), sale.OrderId + ":\n" + Encoding.UTF8.GetString(before) + "\n" + Encoding.UTF8.GetString(now));
            Assert.Equal(RecordKey.SaleHash(before), RecordKey.SaleHash(sale));
        }
    }

    [Fact]
    public void The_sample_redemptions_and_a_hold_are_written_as_the_reflection_serializer_wrote_them()
    {
        using var reader = RedemptionCsvReader.Open(RepositoryFiles.Sample("redemptions.csv"));
        var requests = reader.ReadRows().Select(row => RedemptionPlanner.Plan(row, Catalogue.Seed(), null).Request!).ToList();
        requests.Add(new RedeemRequest { VoucherNumber = " DEMO000006 ", SiteId = "1", ExperienceBits = 10, HoldToken = "hold_token_x" });
        requests.Add(new RedeemRequest { VoucherNumber = "DEMO000001", SiteId = "1", Amount = 10.5m, HoldToken = "  " });
        Assert.True(requests.Count > 3);

        foreach (var request in requests)
        {
            Assert.Equal(Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(request, Reflection)), Encoding.UTF8.GetString(WireJson.Body(request)));
        }
        var hold = new HoldRequest(" DEMO000001 ");
        Assert.Equal(Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(hold, Reflection)), Encoding.UTF8.GetString(WireJson.Body(hold)));
    }

    /// <summary>Text the default encoder escapes (non-ASCII, HTML-sensitive, quotes), ids that stay strings, many items.</summary>
    private static SaleRequest Awkward()
    {
        var sale = MockApiTest.ExampleSale("Ø-<1>&'\"");
        sale.Cart.Customer!.FirstName = "Zoë 😀";
        sale.Cart.Customer.Address2 = "Line\nbreak\ttab";
        sale.Cart.Items.Add(new CartItem { Id = "0271", Price = 12.345m, Total = 0.1m, To = "Ann", From = "Bob", Message = "Happy birthday — from us" });
        sale.Cart.Totals = new CartTotals { Total = 162.95m, Subtotal = 162.95m };
        sale.Cart.Delivery!.DeliveryMethod = "EMAIL-1";
        sale.Cart.Delivery.FirstName = "Ann";
        sale.Cart.Delivery.Description = "Ünïcode";
        sale.Cart.Payments = new List<Payment> { new Payment { Amount = 100m, PaymentMethodId = "012" }, new Payment { Amount = 62.95m, PaymentMethodId = "11" } };
        return sale;
    }
}

using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Bulk;

public sealed class CartOrderIdTests
{
    [Fact]
    public async Task A_cart_cannot_reuse_an_order_id_of_a_row_or_of_an_earlier_cart()
    {
        await using var server = await ImportServer.StartAsync();
        using var session = server.Session();
        var driver = new ImportDriver();
        using (var import = new SaleImport(session, new ImportOptions<SaleRequest> { DryRun = true }))
        {
            driver.Events.AddRange(import.Add(SaleRows.Sendable("ord-1", 1)));
            driver.Events.AddRange(import.Add(Cart("ord-1"), "first cart"));
            driver.Events.AddRange(import.Add(Cart("cart-1"), "second cart"));
            driver.Events.AddRange(import.Add(Cart("cart-1"), "third cart"));
            driver.Events.AddRange(import.Complete());
        }

        var results = driver.Orders.ToList();
        Assert.Equal(new[] { "ord-1", "ord-1", "cart-1", "cart-1" }, results.Select(r => r.OrderId));
        Assert.Equal(new[] { RecordStatus.Skipped, RecordStatus.Failed, RecordStatus.Skipped, RecordStatus.Failed }, results.Select(r => r.Status));
        Assert.Contains("already used at line 2", results[1].Problems.Single(p => p.Field == "order_id").Message);
        Assert.Contains("already used at cart 2", results[3].Problems.Single(p => p.Field == "order_id").Message);
        Assert.Empty(await server.Control.GetOrdersAsync());
    }

    private static SaleRequest Cart(string orderId)
    {
        var sale = CartBuilder.Build(new[] { SaleRows.Sendable(orderId, 50) }).Sale!;
        sale.OrderId = orderId;
        return sale;
    }
}

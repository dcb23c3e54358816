using System.Linq;
using System.Threading.Tasks;
using SmartGift.Core.Tests.Client;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Bulk;

public sealed class RateLimitProgressTests
{
    [Fact]
    public async Task Governor_waits_reach_the_host_as_progress_and_every_order_still_goes_once()
    {
        // 3 requests a minute on a frozen clock; the time provider moves the mock clock instead of sleeping.
        await using var server = await ImportServer.StartAsync(rateLimit: 3, freezeClock: true);
        var time = await MockClockTimeProvider.StartAsync(server.Control);
        using var session = server.Session(time: time);

        ImportDriver run;
        using (var import = new SaleImport(session, new ImportOptions<SaleRequest> { MaxConcurrency = 2 }))
        {
            run = ImportDriver.Run(import, SaleRows.Orders(7));
            Assert.True(import.Summary.RateLimitWaits > 0);
            Assert.Equal(7, import.Summary.Confirmed);
        }

        var waits = run.Progress.Where(p => p.RateLimitWait != null).ToList();
        Assert.NotEmpty(waits);
        Assert.All(waits, p => Assert.False(string.IsNullOrWhiteSpace(p.Status)));
        Assert.Equal(7, (await server.Control.GetOrdersAsync()).Select(o => o.RequestedOrderId).Distinct().Count());
        Assert.Equal(7, (await server.Control.GetOrdersAsync()).Count);
    }
}

using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Client;

/// <summary>The session's catalogue cache: one request for many reads, refresh on demand, nothing sent for the cached view.</summary>
public class SessionTests : MockApiTest
{
    public SessionTests(FrozenMockFixture fixture) : base(fixture) { }

    [Fact]
    public async Task The_catalogue_is_fetched_once_and_refreshed_on_demand()
    {
        using var session = new SmartGiftSession(Options(), "Shop", "1");
        Assert.Null(session.CachedVouchers);
        Assert.Null(session.CachedPaymentMethods);

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => session.GetVouchersAsync()));
        var again = await session.GetVouchersAsync();
        Assert.All(concurrent, list => Assert.Same(again, list));
        Assert.Equal(1, (await Control.GetRequestsAsync()).Count(r => r.Path == "/vouchers"));

        var refreshed = await session.GetVouchersAsync(refresh: true);
        Assert.NotSame(again, refreshed);
        Assert.Equal(2, (await Control.GetRequestsAsync()).Count(r => r.Path == "/vouchers"));

        Assert.Same(refreshed, session.CachedVouchers);
        Assert.Empty(session.ListProblems);
        Assert.Equal("Shop", session.Name);
        Assert.Equal("1", session.DefaultSiteId);
        Assert.Equal(2, (await Control.GetRequestsAsync()).Count);
    }

    [Fact]
    public async Task Payment_methods_are_cached_separately()
    {
        using var session = new SmartGiftSession(Options());
        var methods = await session.GetPaymentMethodsAsync();
        await session.GetPaymentMethodsAsync();

        Assert.Same(methods, session.CachedPaymentMethods);
        Assert.Null(session.CachedVouchers);
        Assert.Single(await Control.GetRequestsAsync());
    }

    [Fact]
    public async Task Dispose_disposes_the_client()
    {
        var session = new SmartGiftSession(Options());
        session.Dispose();
        await Assert.ThrowsAnyAsync<System.ObjectDisposedException>(() => session.Client.GetVouchersAsync());
    }
}

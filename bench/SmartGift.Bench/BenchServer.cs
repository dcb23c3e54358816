using System;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.MockServer;

namespace SmartGift.Bench;

/// <summary>A fresh in-process mock server (127.0.0.1, port 0) for one scenario, so no state or log leaks between scenarios.</summary>
internal sealed class BenchServer : IAsyncDisposable
{
    private BenchServer(MockServerHost host)
    {
        Host = host;
        Control = new MockControl(host.BaseAddress);
    }

    public MockServerHost Host { get; }
    public MockControl Control { get; }
    public Uri BaseAddress => Host.BaseAddress;

    public static async Task<BenchServer> StartAsync(int rateLimit, TimeSpan rateWindow, int postSaleLatencyMs = 0)
    {
        var host = await MockServerHost.StartAsync(new MockServerOptions
        {
            Urls = "http://127.0.0.1:0",
            RateLimit = rateLimit,
            RateWindow = rateWindow,
        }).ConfigureAwait(false);
        var server = new BenchServer(host);
        await server.Control.AddLatencyAsync("POST", "/pos-sale", postSaleLatencyMs).ConfigureAwait(false);
        return server;
    }

    /// <summary>A server whose limit never bites, for measuring the client's own cost.</summary>
    public static Task<BenchServer> StartUnlimitedAsync() => StartAsync(int.MaxValue, TimeSpan.FromHours(1));

    public SmartGiftSession NewSession() =>
        new SmartGiftSession(new SmartGiftClientOptions(BaseAddress, SmartGift.ApiKey.FromString(BenchSettings.ApiKey)), "bench");

    /// <summary>Orders stored under the same source order id, beyond the first of each.</summary>
    public async Task<int> DuplicatesAsync(string orderIdPrefix)
    {
        var ids = await Control.RequestedOrderIdsAsync().ConfigureAwait(false);
        return ids.Where(id => id.StartsWith(orderIdPrefix, StringComparison.Ordinal))
            .GroupBy(id => id, StringComparer.Ordinal)
            .Sum(g => g.Count() - 1);
    }

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        await Host.DisposeAsync().ConfigureAwait(false);
    }
}

using SmartGift.MockServer;

namespace SmartGift.Bench;

/// <summary>A fresh in-process mock server (127.0.0.1, port 0) for one scenario, so no state or log leaks between scenarios.</summary>
internal sealed class BenchServer(int rateLimit, TimeSpan rateWindow) : MockServerFixture, IAsyncDisposable
{
    protected override MockServerOptions CreateOptions() => new() { RateLimit = rateLimit, RateWindow = rateWindow };

    public static async Task<BenchServer> StartAsync(int rateLimit, TimeSpan rateWindow, int postSaleLatencyMs = 0)
    {
        var server = new BenchServer(rateLimit, rateWindow);
        await server.InitializeAsync().ConfigureAwait(false);
        if (postSaleLatencyMs > 0) await server.Control.AddFaultAsync(MockFault.Latency("POST", "/pos-sale", postSaleLatencyMs)).ConfigureAwait(false);
        return server;
    }

    /// <summary>A server whose limit never bites, for measuring the client's own cost.</summary>
    public static Task<BenchServer> StartUnlimitedAsync() => StartAsync(int.MaxValue, TimeSpan.FromHours(1));

    /// <summary>The API requests the simulator received (not the controls), in time order.</summary>
    public async Task<IReadOnlyList<MockRequest>> RequestsAsync() =>
        (await Control.GetRequestsAsync().ConfigureAwait(false)).OrderBy(r => r.Time).ToList();

    /// <summary>Orders stored under the same source order id, beyond the first of each.</summary>
    public async Task<int> DuplicatesAsync(string orderIdPrefix) =>
        (await Control.GetOrdersAsync().ConfigureAwait(false))
            .Where(order => order.RequestedOrderId.StartsWith(orderIdPrefix, StringComparison.Ordinal))
            .GroupBy(order => order.RequestedOrderId, StringComparer.Ordinal)
            .Sum(g => g.Count() - 1);

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());
}

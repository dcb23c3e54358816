using BenchmarkDotNet.Attributes;

namespace SmartGift.Bench.Micro;

/// <summary>
/// Rows to validated carts through the public path: a dry-run SaleImport (grouping,
/// validation against the cached catalogue, cart and totals), nothing sent. Per order.
/// </summary>
public class CartBuildingBenchmarks
{
    private const int Orders = 1000;
    private BenchServer _server = null!;
    private SmartGiftSession _session = null!;
    private List<SaleRow> _rows = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = BenchServer.StartUnlimitedAsync().GetAwaiter().GetResult();
        _session = BenchSettings.NewSession(_server.BaseAddress);
        _rows = SampleOrders.Rows("micro", Orders);
        BuildCarts(); // fills the session's catalogue cache, so the benchmark measures no request
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _session.Dispose();
        _server.DisposeAsync().GetAwaiter().GetResult();
    }

    [Benchmark(OperationsPerInvoke = Orders)]
    public int BuildCarts() => ImportOutcome.Run(_session, BenchSettings.ImportOptions(null, dryRun: true), _rows).Results;
}

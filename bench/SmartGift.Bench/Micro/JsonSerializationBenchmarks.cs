using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace SmartGift.Bench.Micro;

/// <summary>
/// Writing one sale body. Core's serializer (SmartGift.WireJson: System.Text.Json's
/// generated serializers with the models' money and id converters) is internal, so it is bound
/// once through reflection into a delegate; plain System.Text.Json over the same models
/// (reflection) is the baseline.
/// </summary>
public class JsonSerializationBenchmarks
{
    private SaleRequest _sale = null!;
    private Func<SaleRequest, byte[]> _coreWriter = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sale = SampleOrders.Sale("micro", 1);
        var method = typeof(SaleRequest).Assembly.GetType("SmartGift.WireJson")
            ?.GetMethod("Body", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, null, new[] { typeof(SaleRequest) }, null)
            ?? throw new InvalidOperationException("Core has no SmartGift.WireJson.Body(SaleRequest) to measure.");
        _coreWriter = method.CreateDelegate<Func<SaleRequest, byte[]>>();
    }

    [Benchmark(Baseline = true)]
    public byte[] SystemTextJsonSerializer() => JsonSerializer.SerializeToUtf8Bytes(_sale);

    [Benchmark]
    public byte[] CoreWireJson() => _coreWriter(_sale);
}

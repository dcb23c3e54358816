namespace SmartGift.Bench;

/// <summary>
/// What `Import-Csv | ForEach-Object { Invoke-RestMethod ... }` does: one POST after another,
/// no pacing, a 429 is just a failed row. Bounded by an order cap and a time bound per latency;
/// the latencies run side by side, each on its own server.
/// </summary>
internal static class NaiveBaseline
{
    public static async Task<NaiveResult[]> RunAsync(BenchSettings settings, Action<string> log) =>
        await Task.WhenAll(settings.LatenciesMs.Select(latency => RunOneAsync(settings, latency, log)));

    private static async Task<NaiveResult> RunOneAsync(BenchSettings settings, int latency, Action<string> log)
    {
        await using var server = await BenchServer.StartAsync(settings.RateLimit, settings.RateWindow, latency);
        var bodies = SampleOrders.Bodies("naive" + latency, settings.NaiveOrders);
        using var http = BareHttp.Client(server.BaseAddress);
        var clock = Stopwatch.StartNew();
        var tried = 0;
        while (tried < bodies.Length && clock.Elapsed < settings.NaiveFeedBound)
        {
            await BareHttp.PostSaleAsync(http, bodies[tried++]);
        }

        var elapsed = clock.Elapsed;
        var measurement = RateMeasurement.From(await server.RequestsAsync(), settings.RateLimit, settings.RateWindow);
        log($"  naive loop, {latency} ms: {tried} orders tried in {elapsed.TotalSeconds:0.0} s, {measurement.Sales} sold, "
            + $"{measurement.TooManyRequests} refused with 429, efficiency {measurement.Efficiency:0.000}");
        return new NaiveResult(latency, measurement, tried);
    }
}

internal sealed record NaiveResult(int LatencyMs, RateMeasurement Measurement, int Tried);

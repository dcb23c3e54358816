namespace SmartGift.Bench;

/// <summary>
/// SaleImport against the rate limit at several server latencies (sales per window achieved over
/// allowed, 429s met, duplicate orders stored), beside the naive loop: what `Import-Csv |
/// ForEach-Object { Invoke-RestMethod ... }` does, one POST after another, no pacing, a 429 just a
/// failed row, bounded by an order cap and a time bound. Each run has its own server (so its own
/// governor, which is per host and key) and they all run side by side: at one request a second
/// they barely use the CPU, and a 60 s window then costs one wait, not six.
/// </summary>
internal static class RateBenchmark
{
    public static async Task<(RateResult[] Import, NaiveResult[] Naive)> RunAsync(BenchSettings settings, Action<string> log)
    {
        var import = Task.WhenAll(settings.LatenciesMs.Select(latency => ImportAsync(settings, latency, log)));
        var naive = Task.WhenAll(settings.LatenciesMs.Select(latency => NaiveAsync(settings, latency, log)));
        return (await import, await naive);
    }

    private static async Task<RateResult> ImportAsync(BenchSettings settings, int latency, Action<string> log)
    {
        await using var server = await BenchServer.StartAsync(settings.RateLimit, settings.RateWindow, latency);
        var prefix = "rate" + latency;
        // A host drives an import from one thread that Add blocks (a cmdlet's pipeline thread): give it one.
        var outcome = await Task.Factory.StartNew(
            () =>
            {
                using var session = BenchSettings.NewSession(server.BaseAddress);
                return ImportOutcome.Run(session, BenchSettings.ImportOptions(settings.Concurrency), SampleOrders.Rows(prefix, settings.RateOrders), settings.RateFeedBound);
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        var measurement = RateMeasurement.From(await server.RequestsAsync(), settings.RateLimit, settings.RateWindow);
        var duplicates = await server.DuplicatesAsync(prefix);
        log($"  SaleImport, {latency} ms: {measurement.Sales} sales in {measurement.Windows} windows, limit used {measurement.LimitUse:0.000}, sales efficiency {measurement.Efficiency:0.000}, "
            + $"{measurement.TooManyRequests} 429s, {duplicates} duplicates; {outcome.Describe()} in {outcome.Elapsed.TotalSeconds:0.0} s"
            + (outcome.StoppedFeeding ? $" (fed {outcome.Fed} orders, then stopped at the time bound)" : "")
            + (outcome.FirstProblem != null ? "; first problem: " + outcome.FirstProblem : "")
            + $"\n    sales per window (idle time before each): {measurement.DescribeWindows()}");
        return new RateResult(latency, measurement, duplicates);
    }

    /// <summary>The naive loop gets as many orders as SaleImport, and starts none after its own time bound.</summary>
    private static async Task<NaiveResult> NaiveAsync(BenchSettings settings, int latency, Action<string> log)
    {
        await using var server = await BenchServer.StartAsync(settings.RateLimit, settings.RateWindow, latency);
        var bodies = SampleOrders.Bodies("naive" + latency, settings.RateOrders);
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

internal sealed record RateResult(int LatencyMs, RateMeasurement Measurement, int Duplicates);

internal sealed record NaiveResult(int LatencyMs, RateMeasurement Measurement, int Tried);

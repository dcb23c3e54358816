namespace SmartGift.Bench;

/// <summary>
/// SaleImport against the rate limit at several server latencies: sales per window achieved
/// over allowed, 429s met, duplicate orders stored. Each latency has its own server (so its
/// own governor, which is per host and key) and they run side by side: at one request a
/// second they barely use the CPU, and a 60 s window then costs one wait, not three.
/// </summary>
internal static class RateEfficiencyBenchmark
{
    public static async Task<RateResult[]> RunAsync(BenchSettings settings, Action<string> log) =>
        await Task.WhenAll(settings.LatenciesMs.Select(latency => RunOneAsync(settings, latency, log)));

    private static async Task<RateResult> RunOneAsync(BenchSettings settings, int latency, Action<string> log)
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
}

internal sealed record RateResult(int LatencyMs, RateMeasurement Measurement, int Duplicates);

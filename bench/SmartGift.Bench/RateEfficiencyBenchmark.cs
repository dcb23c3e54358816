using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace SmartGift.Bench
{
    /// <summary>
    /// SaleImport against a scaled rate limit at several server latencies: sales per window
    /// achieved over allowed, 429s met, duplicate orders stored. One fresh server per latency.
    /// </summary>
    internal static class RateEfficiencyBenchmark
    {
        public static async Task<IReadOnlyList<RateResult>> RunAsync(BenchSettings settings, Action<string> log)
        {
            var results = new List<RateResult>();
            foreach (var latency in settings.LatenciesMs)
            {
                await using var server = await BenchServer.StartAsync(settings.RateLimit, settings.RateWindow, latency);
                var prefix = "rate" + latency;
                ImportOutcome outcome;
                using (var session = server.NewSession())
                {
                    var rows = Enumerable.Range(0, settings.RateOrders).Select(i => SampleOrders.Row(prefix, i));
                    outcome = ImportDriver.Run(session, BenchSettings.ImportOptions(settings.Concurrency), rows, settings.RateFeedBound);
                }

                var measurement = RateMeasurement.From(await server.Control.RequestsAsync(), settings.RateLimit, settings.RateWindow);
                var duplicates = await server.DuplicatesAsync(prefix);
                var result = new RateResult(latency, measurement, duplicates, outcome);
                log($"  SaleImport, {latency} ms: {measurement.Sales} sales in {measurement.Windows} windows, efficiency {measurement.Efficiency:0.000}, "
                    + $"{measurement.TooManyRequests} 429s, {duplicates} duplicates; {outcome.Describe()} in {outcome.Elapsed.TotalSeconds:0.0} s"
                    + (outcome.StoppedFeeding ? $" (fed {outcome.Fed} orders, then stopped at the time bound)" : "")
                    + (outcome.FirstProblem != null ? "; first problem: " + outcome.FirstProblem : ""));
                results.Add(result);
            }

            return results;
        }
    }

    internal sealed record RateResult(int LatencyMs, RateMeasurement Measurement, int Duplicates, ImportOutcome Outcome);
}

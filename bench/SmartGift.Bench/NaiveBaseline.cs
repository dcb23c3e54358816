using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace SmartGift.Bench;

/// <summary>
/// What `Import-Csv | ForEach-Object { Invoke-RestMethod ... }` does: one POST after another,
/// no pacing, a 429 is just a failed row. Bounded by an order cap and a time bound per latency;
/// the latencies run side by side, each on its own server.
/// </summary>
internal static class NaiveBaseline
{
    public static async Task<IReadOnlyList<NaiveResult>> RunAsync(BenchSettings settings, Action<string> log) =>
        await Task.WhenAll(settings.LatenciesMs.Select(latency => RunOneAsync(settings, latency, log)));

    private static async Task<NaiveResult> RunOneAsync(BenchSettings settings, int latency, Action<string> log)
    {
        await using var server = await BenchServer.StartAsync(settings.RateLimit, settings.RateWindow, latency);
        var prefix = "naive" + latency;
        var (tried, elapsed) = await SendAsync(server.BaseAddress, prefix, settings.NaiveOrders, settings.NaiveFeedBound);
        var measurement = RateMeasurement.From(await server.Control.RequestsAsync(), settings.RateLimit, settings.RateWindow);
        var duplicates = await server.DuplicatesAsync(prefix);
        log($"  naive loop, {latency} ms: {tried} orders tried in {elapsed.TotalSeconds:0.0} s, {measurement.Sales} sold, "
            + $"{measurement.TooManyRequests} refused with 429, efficiency {measurement.Efficiency:0.000}");
        return new NaiveResult(latency, measurement, duplicates, tried);
    }

    private static async Task<(int Tried, TimeSpan Elapsed)> SendAsync(Uri baseAddress, string prefix, int cap, TimeSpan bound)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("Smart-Auth", BenchSettings.ApiKey);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var clock = Stopwatch.StartNew();
        var tried = 0;
        for (var i = 0; i < cap && clock.Elapsed < bound; i++)
        {
            using var content = new ByteArrayContent(SampleOrders.Body(prefix, i));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync("pos-sale", content).ConfigureAwait(false);
            await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            tried++;
        }

        return (tried, clock.Elapsed);
    }
}

internal sealed record NaiveResult(int LatencyMs, RateMeasurement Measurement, int Duplicates, int Tried);

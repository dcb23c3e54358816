using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace SmartGift.Bench;

/// <summary>The few /_mock/ controls the benchmarks use: latency faults, the request log, the stored orders.</summary>
internal sealed class MockControl : IDisposable
{
    private readonly HttpClient _http;

    public MockControl(Uri baseAddress)
    {
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Every request of <paramref name="method"/> <paramref name="path"/> waits this long before it is processed.</summary>
    public async Task AddLatencyAsync(string method, string path, int milliseconds)
    {
        if (milliseconds <= 0) return;
        var body = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["kind"] = "latency",
            ["method"] = method,
            ["path"] = path,
            ["latency_ms"] = milliseconds,
        });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync("_mock/faults", content).ConfigureAwait(false);
        await EnsureAsync(response, "add a latency fault").ConfigureAwait(false);
    }

    /// <summary>The API requests the simulator received (not the controls), in time order.</summary>
    public async Task<IReadOnlyList<LoggedRequest>> RequestsAsync()
    {
        var list = new List<LoggedRequest>();
        foreach (var entry in await DataAsync("_mock/requests").ConfigureAwait(false))
        {
            list.Add(new LoggedRequest(
                entry.GetProperty("method").GetString() ?? "",
                entry.GetProperty("path").GetString() ?? "",
                entry.GetProperty("status").GetInt32(),
                DateTimeOffset.Parse(entry.GetProperty("time").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)));
        }

        list.Sort((a, b) => a.Time.CompareTo(b.Time));
        return list;
    }

    /// <summary>The order id each stored order was sent with (requested_order_id), one entry per stored order.</summary>
    public async Task<IReadOnlyList<string>> RequestedOrderIdsAsync()
    {
        var ids = new List<string>();
        foreach (var order in await DataAsync("_mock/orders").ConfigureAwait(false))
        {
            ids.Add(order.GetProperty("requested_order_id").GetString() ?? "");
        }

        return ids;
    }

    public void Dispose() => _http.Dispose();

    private async Task<List<JsonElement>> DataAsync(string path)
    {
        using var response = await _http.GetAsync(path).ConfigureAwait(false);
        await EnsureAsync(response, "read " + path).ConfigureAwait(false);
        using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false));
        var items = new List<JsonElement>();
        foreach (var item in document.RootElement.GetProperty("data").EnumerateArray())
        {
            items.Add(item.Clone());
        }

        return items;
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            throw new InvalidOperationException($"Could not {what} on the mock server: {(int)response.StatusCode} {text}");
        }
    }
}

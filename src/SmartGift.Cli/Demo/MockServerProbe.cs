using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;

namespace SmartGift.Cli;

/// <summary>Asks the in-process simulator (GET /_mock/...) what it has seen, so the demo can prove nothing was sent twice.</summary>
internal sealed class MockServerProbe(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new HttpClient { BaseAddress = baseAddress };

    public async Task<int> CountOrdersAsync(CancellationToken cancellationToken) =>
        (await ListAsync("_mock/orders", cancellationToken).ConfigureAwait(false)).Length;

    /// <summary>Requests the server received for one method and path (e.g. POST /pos-sale).</summary>
    public async Task<int> CountRequestsAsync(string method, string path, CancellationToken cancellationToken) =>
        (await ListAsync("_mock/requests", cancellationToken).ConfigureAwait(false)).Count(r =>
            r.TryGetProperty("method", out var m) && string.Equals(m.GetString(), method, StringComparison.OrdinalIgnoreCase) &&
            r.TryGetProperty("path", out var p) && string.Equals(p.GetString(), path, StringComparison.OrdinalIgnoreCase));

    /// <summary>The simulator's back office: Smart Gift's own id for an order, or null when it never arrived.</summary>
    public async Task<string?> FindOrderAsync(string requestedOrderId, CancellationToken cancellationToken)
    {
        foreach (var order in await ListAsync("_mock/orders", cancellationToken).ConfigureAwait(false))
            if (order.TryGetProperty("requested_order_id", out var requested) && requested.GetString() == requestedOrderId)
                return order.TryGetProperty("order_id", out var id) ? id.ToString() : requestedOrderId;
        return null;
    }

    /// <summary>Changes the simulator's rate limit (the demo lowers it to show a wait, then restores it).</summary>
    public Task SetRateLimitAsync(int limit, int windowSeconds, CancellationToken cancellationToken) =>
        PostAsync("_mock/rate-limit", "{\"limit\":" + limit + ",\"window_seconds\":" + windowSeconds + "}", cancellationToken);

    /// <summary>The next sale reaches Smart Gift and is stored, but its answer is lost (the connection drops).</summary>
    public Task LoseNextSaleAnswerAsync(string salePath, CancellationToken cancellationToken) =>
        PostAsync("_mock/faults", "{\"method\":\"POST\",\"path\":\"" + salePath + "\",\"kind\":\"drop_after\",\"count\":1}", cancellationToken);

    /// <summary>Another client on the same key (the shop's till) looking vouchers up: uses the key's requests without this process knowing.</summary>
    public async Task UseRequestsAsOtherClientAsync(string apiKey, int count, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "vouchers");
            request.Headers.TryAddWithoutValidation("Smart-Auth", apiKey);
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task PostAsync(string path, string json, CancellationToken cancellationToken)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(path, content, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The entries of a control list ({"data": [...]}).</summary>
    private async Task<JsonElement[]> ListAsync(string path, CancellationToken cancellationToken)
    {
        var answer = await _http.GetFromJsonAsync<JsonElement>(path, cancellationToken).ConfigureAwait(false);
        return answer.GetProperty("data").EnumerateArray().ToArray();
    }
}

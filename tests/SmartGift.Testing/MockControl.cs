using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace SmartGift.Testing;

/// <summary>Typed calls to a mock server's /_mock/ controls. Every call throws if the control answers an error.</summary>
public sealed class MockControl
{
    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly HttpClient _http;

    /// <param name="http">A client whose BaseAddress is the mock server's address.</param>
    /// <remarks>Made when a server starts: a port used before in this run had another server, so its ledgers are forgotten.</remarks>
    public MockControl(HttpClient http)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        if (_http.BaseAddress != null) TestLedger.Forget(_http.BaseAddress);
    }

    /// <summary>Back to the seed (stored state, clock, throttle settings, faults and request log), and this server's ledgers forgotten: a fresh server is a fresh company history (TestLedger).</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        await SendAsync(HttpMethod.Post, "_mock/reset", null, cancellationToken).ConfigureAwait(false);
        if (_http.BaseAddress != null) TestLedger.Forget(_http.BaseAddress);
    }

    public async Task<DateTimeOffset> GetNowAsync(CancellationToken cancellationToken = default) =>
        ReadNow(await SendAsync(HttpMethod.Get, "_mock/clock", null, cancellationToken).ConfigureAwait(false));

    /// <summary>Moves the simulator clock forward (or back, with a negative span); returns the new time.</summary>
    public async Task<DateTimeOffset> AdvanceClockAsync(TimeSpan by, CancellationToken cancellationToken = default) =>
        ReadNow(await SendAsync(HttpMethod.Post, "_mock/clock", new { advance_seconds = by.TotalSeconds }, cancellationToken).ConfigureAwait(false));

    public async Task<DateTimeOffset> SetClockAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ReadNow(await SendAsync(HttpMethod.Post, "_mock/clock", new { now = now.ToString("O", CultureInfo.InvariantCulture) }, cancellationToken).ConfigureAwait(false));

    /// <summary>Sets the per-key limit and window (open windows are forgotten).</summary>
    public async Task SetRateLimitAsync(int limit, TimeSpan window, CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Post, "_mock/rate-limit", new { limit, window_seconds = window.TotalSeconds }, cancellationToken).ConfigureAwait(false);

    /// <summary>Adds a fault; returns its id.</summary>
    public async Task<long> AddFaultAsync(MockFault fault, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fault);

        var answer = await SendAsync(HttpMethod.Post, "_mock/faults", fault, cancellationToken).ConfigureAwait(false);
        return answer.GetProperty("data").GetProperty("id").GetInt64();
    }

    /// <summary>Adds a fault by its parts (see <see cref="MockFault"/>); returns its id.</summary>
    public Task<long> AddFaultAsync(string method, string path, string kind, int? count = null, int? status = null,
        int? latencyMs = null, double? probability = null, int? seed = null, CancellationToken cancellationToken = default) =>
        AddFaultAsync(new MockFault(method, path, kind) { Count = count, Status = status, LatencyMs = latencyMs, Probability = probability, Seed = seed }, cancellationToken);

    public async Task ClearFaultsAsync(CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Delete, "_mock/faults", null, cancellationToken).ConfigureAwait(false);

    public Task<IReadOnlyList<MockOrder>> GetOrdersAsync(CancellationToken cancellationToken = default) =>
        GetDataAsync<MockOrder>("_mock/orders", cancellationToken);

    public Task<IReadOnlyList<MockIssuedVoucher>> GetIssuedVouchersAsync(CancellationToken cancellationToken = default) =>
        GetDataAsync<MockIssuedVoucher>("_mock/vouchers", cancellationToken);

    public Task<IReadOnlyList<MockRedemption>> GetRedemptionsAsync(CancellationToken cancellationToken = default) =>
        GetDataAsync<MockRedemption>("_mock/redemptions", cancellationToken);

    public Task<IReadOnlyList<MockRequest>> GetRequestsAsync(CancellationToken cancellationToken = default) =>
        GetDataAsync<MockRequest>("_mock/requests", cancellationToken);

    /// <summary>Any control's answer as JSON, e.g. "_mock/faults".</summary>
    public Task<JsonElement> GetJsonAsync(string path, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, path, null, cancellationToken);

    private async Task<IReadOnlyList<T>> GetDataAsync<T>(string path, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Get, path, null, cancellationToken).ConfigureAwait(false);
        return answer.GetProperty("data").Deserialize<List<T>>(Json) ?? new List<T>();
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body != null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Mock control {method} /{path} answered {(int)response.StatusCode}: {text}");
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static DateTimeOffset ReadNow(JsonElement answer) =>
        DateTimeOffset.Parse(answer.GetProperty("now").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}

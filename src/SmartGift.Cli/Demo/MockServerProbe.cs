using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace SmartGift.Cli.Demo
{
    /// <summary>Asks the in-process simulator (GET /_mock/...) what it has seen, so the demo can prove nothing was sent twice.</summary>
    public sealed class MockServerProbe : IDisposable
    {
        private readonly HttpClient _http;

        public MockServerProbe(Uri baseAddress)
        {
            _http = new HttpClient { BaseAddress = baseAddress };
        }

        public async Task<int> CountOrdersAsync(CancellationToken cancellationToken)
        {
            using var document = await GetAsync("_mock/orders", cancellationToken).ConfigureAwait(false);
            return Data(document).GetArrayLength();
        }

        /// <summary>Requests the server received for one method and path (e.g. POST /pos-sale).</summary>
        public async Task<int> CountRequestsAsync(string method, string path, CancellationToken cancellationToken)
        {
            using var document = await GetAsync("_mock/requests", cancellationToken).ConfigureAwait(false);
            return Data(document).EnumerateArray().Count(r =>
                r.TryGetProperty("method", out var m) && string.Equals(m.GetString(), method, StringComparison.OrdinalIgnoreCase) &&
                r.TryGetProperty("path", out var p) && string.Equals(p.GetString(), path, StringComparison.OrdinalIgnoreCase));
        }

        public void Dispose() => _http.Dispose();

        private async Task<JsonDocument> GetAsync(string path, CancellationToken cancellationToken)
        {
            using var response = await _http.GetAsync(path, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return JsonDocument.Parse(body);
        }

        private static JsonElement Data(JsonDocument document) =>
            document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement : document.RootElement.GetProperty("data");
    }
}

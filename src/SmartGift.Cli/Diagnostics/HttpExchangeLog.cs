using System.Diagnostics;
using System.Net.Http;

namespace SmartGift.Cli;

/// <summary>--debug. Bodies are never shown (they hold customers' names and addresses), and the key only masked.</summary>
internal sealed class HttpExchangeLog(HttpMessageHandler inner, Action<string> log, string maskedKey) : DelegatingHandler(inner)
{
    private static readonly string[] RateHeaders = { "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Retry-After" };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var what = request.Method.Method + " " + request.RequestUri?.AbsolutePath;
        log("http: " + what + " (Smart-Auth " + maskedKey + ")");
        var clock = Stopwatch.StartNew();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            log("http: " + what + " -> " + (int)response.StatusCode + " " + response.ReasonPhrase + " in " + clock.ElapsedMilliseconds + " ms" + RateLimit(response));
            return response;
        }
        catch (Exception e)
        {
            log("http: " + what + " -> no answer after " + clock.ElapsedMilliseconds + " ms: " + e.GetType().Name);
            throw;
        }
    }

    private static string RateLimit(HttpResponseMessage response) => string.Concat(RateHeaders
        .Where(name => response.Headers.Contains(name))
        .Select((name, i) => (i == 0 ? "; " : ", ") + name + ": " + string.Join(",", response.Headers.GetValues(name))));
}

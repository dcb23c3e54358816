using System.Net.Http.Headers;

namespace SmartGift;

/// <summary>
/// What one answer said about the rate limit (DESIGN 3, document 002), plus its Date for clock skew. Reset is on the
/// server's clock; a Retry-After given as an HTTP date is a delay from Date.
/// </summary>
internal sealed record RateLimitHeaders(
    int? Limit, int? Remaining, DateTimeOffset? Reset, TimeSpan? RetryAfter, DateTimeOffset? Date)
{
    public static RateLimitHeaders From(HttpResponseHeaders headers)
    {
        var date = headers.Date;
        DateTimeOffset? reset = Integer(headers, "X-RateLimit-Reset") is int seconds && seconds > 0
            ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
        var retryAfter = headers.RetryAfter?.Delta
            ?? (headers.RetryAfter?.Date is DateTimeOffset at && date is DateTimeOffset now ? at - now : null);
        var limit = Integer(headers, "X-RateLimit-Limit");
        return new RateLimitHeaders(limit, Integer(headers, "X-RateLimit-Remaining"), reset, retryAfter, date);
    }

    private static int? Integer(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && int.TryParse(values.FirstOrDefault()?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value : null;
}

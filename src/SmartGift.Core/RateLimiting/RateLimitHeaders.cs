using System.Net.Http.Headers;

namespace SmartGift;

/// <summary>What one answer said about the rate limit (DESIGN 3, document 002), plus its Date for clock skew.</summary>
internal sealed class RateLimitHeaders
{
    public int? Limit { get; private set; }
    public int? Remaining { get; private set; }
    /// <summary>X-RateLimit-Reset: when the window opens again, on the server's clock.</summary>
    public DateTimeOffset? Reset { get; private set; }
    /// <summary>Retry-After, in seconds or as an HTTP date turned into a delay from Date.</summary>
    public TimeSpan? RetryAfter { get; private set; }
    /// <summary>The server's Date header (one-second resolution).</summary>
    public DateTimeOffset? Date { get; private set; }

    public static RateLimitHeaders From(HttpResponseHeaders headers)
    {
        var result = new RateLimitHeaders
        {
            Limit = Integer(headers, "X-RateLimit-Limit"),
            Remaining = Integer(headers, "X-RateLimit-Remaining"),
            Date = headers.Date,
        };
        if (Integer(headers, "X-RateLimit-Reset") is int reset && reset > 0) result.Reset = DateTimeOffset.FromUnixTimeSeconds(reset);
        if (headers.RetryAfter?.Delta is TimeSpan delta) result.RetryAfter = delta;
        else if (headers.RetryAfter?.Date is DateTimeOffset at && result.Date is DateTimeOffset now) result.RetryAfter = at - now;
        return result;
    }

    private static int? Integer(HttpResponseHeaders headers, string name)
    {
        if (!headers.TryGetValues(name, out var values)) return null;
        var text = values.FirstOrDefault();
        return int.TryParse(text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : (int?)null;
    }
}

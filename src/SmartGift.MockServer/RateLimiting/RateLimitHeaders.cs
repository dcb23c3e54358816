namespace SmartGift.MockServer.RateLimiting;

/// <summary>The X-RateLimit-* and Retry-After headers, as Laravel's throttle writes them.</summary>
internal static class RateLimitHeaders
{
    public static void Apply(HttpResponse response, RateDecision decision)
    {
        response.Headers["X-RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A refused request also says when to come back: seconds to the window's end (at least 1) and its unix time.</summary>
    public static void ApplyTooMany(HttpResponse response, RateDecision decision, DateTimeOffset now)
    {
        Apply(response, decision with { Remaining = 0 });
        var seconds = Math.Max(1, (long)Math.Ceiling((decision.ResetAt - now).TotalSeconds));
        response.Headers["Retry-After"] = seconds.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset"] = (now.ToUnixTimeSeconds() + seconds).ToString(CultureInfo.InvariantCulture);
    }
}

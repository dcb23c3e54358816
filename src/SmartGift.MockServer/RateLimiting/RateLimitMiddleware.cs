using SmartGift.MockServer.Http;

namespace SmartGift.MockServer.RateLimiting;

/// <summary>
/// Throttles per API key (per client address when no key is sent) before authentication,
/// so 401 and 422 answers carry the X-RateLimit headers too, as Laravel's throttle writes them.
/// </summary>
internal sealed class RateLimitMiddleware(RequestDelegate next, MockRuntime runtime)
{
    public static string Bucket(HttpContext context)
    {
        var key = context.Request.Headers[ApiKeyAuthentication.Header].ToString();
        return string.IsNullOrEmpty(key) ? "ip:" + context.Connection.RemoteIpAddress : "key:" + key;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var now = runtime.Clock.Now;
        var decision = runtime.RateLimiter.Hit(Bucket(context), now);
        if (!decision.Allowed)
        {
            ApplyTooMany(context.Response, decision, now);
            await JsonAnswer.MessageAsync(context, StatusCodes.Status429TooManyRequests, "Too Many Attempts.");
            return;
        }

        Apply(context.Response, decision);
        await next(context);
    }

    /// <summary>A refused request also says when to come back: seconds to the window's end (at least 1) and its unix time.</summary>
    public static void ApplyTooMany(HttpResponse response, RateDecision decision, DateTimeOffset now)
    {
        Apply(response, decision with { Remaining = 0 });
        var seconds = Math.Max(1, (long)Math.Ceiling((decision.ResetAt - now).TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset"] = (now.ToUnixTimeSeconds() + seconds).ToString(CultureInfo.InvariantCulture);
    }

    private static void Apply(HttpResponse response, RateDecision decision)
    {
        response.Headers["X-RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
    }
}

using SmartGift.MockServer.Http;

namespace SmartGift.MockServer.RateLimiting;

/// <summary>
/// Throttles per API key (per client address when no key is sent) before authentication,
/// so 401 and 422 answers carry the X-RateLimit headers too.
/// </summary>
internal sealed class RateLimitMiddleware
{
    private readonly RequestDelegate _next;
    private readonly MockRuntime _runtime;

    public RateLimitMiddleware(RequestDelegate next, MockRuntime runtime)
    {
        _next = next;
        _runtime = runtime;
    }

    public static string Bucket(HttpContext context)
    {
        var key = context.Request.Headers[ApiKeyAuthentication.Header].ToString();
        return string.IsNullOrEmpty(key) ? "ip:" + context.Connection.RemoteIpAddress : "key:" + key;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var now = _runtime.Clock.Now;
        var decision = _runtime.RateLimiter.Hit(Bucket(context), now);
        if (!decision.Allowed)
        {
            RateLimitHeaders.ApplyTooMany(context.Response, decision, now);
            await JsonAnswer.MessageAsync(context, StatusCodes.Status429TooManyRequests, "Too Many Attempts.");
            return;
        }

        RateLimitHeaders.Apply(context.Response, decision);
        await _next(context);
    }
}

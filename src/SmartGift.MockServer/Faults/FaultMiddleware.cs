using System.Text;
using Microsoft.Extensions.Hosting;
using SmartGift.MockServer.Controls;
using SmartGift.MockServer.Http;
using SmartGift.MockServer.RateLimiting;

namespace SmartGift.MockServer.Faults;

/// <summary>
/// Applies the faults planned for a request. "After" kinds let the request be processed (state
/// changes happen) with the answer buffered, then replace or drop that answer.
/// </summary>
internal sealed class FaultMiddleware(RequestDelegate next, MockRuntime runtime, IHostApplicationLifetime lifetime)
{
    /// <summary>What a reverse proxy answers when the application behind it fails.</summary>
    private const string ProxyErrorPage =
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n" +
        "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    public async Task InvokeAsync(HttpContext context)
    {
        var plan = runtime.Faults.Plan(context.Request.Method, context.Request.Path.Value ?? "/");
        if (plan.LatencyMs > 0)
        {
            context.Items[RequestLogMiddleware.FaultItem] = FaultKindNames.ToWire(FaultKind.Latency);
            // The simulated service being slow: an async delay, no thread is blocked; stopping
            // the server ends it, so a long latency fault never holds up a test's dispose.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
            await Task.Delay(plan.LatencyMs, stop.Token);
        }

        var rule = plan.Outcome;
        if (rule == null)
        {
            await next(context);
            return;
        }

        context.Items[RequestLogMiddleware.FaultItem] = FaultKindNames.ToWire(rule.Kind);
        switch (rule.Kind)
        {
            case FaultKind.FailBefore when rule.Status is int status:
                if (status == StatusCodes.Status429TooManyRequests)
                {
                    var now = runtime.Clock.Now;
                    var window = runtime.RateLimiter.Hit(RateLimitMiddleware.Bucket(context), now, count: false);
                    RateLimitMiddleware.ApplyTooMany(context.Response, window, now);
                }

                await JsonAnswer.MessageAsync(context, status, JsonAnswer.StandardMessage(status));
                return;
            case FaultKind.HtmlBefore:
                await JsonAnswer.TextAsync(context, StatusCodes.Status502BadGateway, "text/html", ProxyErrorPage);
                return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        context.Response.Headers.ContentLength = null;
        if (rule.Kind == FaultKind.DropAfter)
        {
            // Logged first: once aborted, the client may read the log before this request's finally runs.
            if (context.Items[RequestLogMiddleware.CompleteItem] is Action logAborted) logAborted();
            context.Abort();
            return;
        }

        // malformed_after: a 200 whose JSON stops half-way, the real answer cut short so it never parses.
        var processed = Encoding.UTF8.GetString(buffer.ToArray());
        var cutShort = processed.Length > 2 ? processed[..(processed.Length / 2)] : "{\"data\":";
        await (rule.Kind switch
        {
            FaultKind.FailAfter => JsonAnswer.MessageAsync(context, StatusCodes.Status500InternalServerError, "Server Error."),
            FaultKind.MalformedAfter => JsonAnswer.TextAsync(context, StatusCodes.Status200OK, "application/json", cutShort),
            _ => JsonAnswer.TextAsync(context, StatusCodes.Status502BadGateway, "text/html", ProxyErrorPage),
        });
    }
}

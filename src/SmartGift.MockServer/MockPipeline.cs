using SmartGift.MockServer.Controls;
using SmartGift.MockServer.Faults;
using SmartGift.MockServer.Http;
using SmartGift.MockServer.RateLimiting;
using SmartGift.MockServer.Routes;

namespace SmartGift.MockServer;

/// <summary>
/// The request pipeline. API requests go: request log, 500 on an exception, throttle, faults, authentication, route.
/// /_mock/ controls skip all of that (loopback only, never throttled or faulted).
/// </summary>
internal static class MockPipeline
{
    public const string ControlPrefix = "/_mock";

    public static void Configure(WebApplication app, MockRuntime runtime)
    {
        // Every answer carries a Date from the simulator clock, so clients can measure clock skew against it.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.Date = runtime.Clock.Now.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments(ControlPrefix),
            api => api
                .UseMiddleware<RequestLogMiddleware>()
                .Use(ServerErrorAsync)
                .UseMiddleware<RateLimitMiddleware>()
                .UseMiddleware<FaultMiddleware>()
                .UseMiddleware<ApiKeyAuthentication>());

        CatalogueRoutes.Map(app);
        WriteRoutes.Map(app, runtime);
        ControlRoutes.Map(app.MapGroup(ControlPrefix).AddEndpointFilter<LoopbackOnlyFilter>(), runtime);

        app.MapFallback(context => JsonAnswer.MessageAsync(context, StatusCodes.Status404NotFound, "Not Found."));
    }

    /// <summary>An unexpected exception becomes Laravel's production 500 body, with no details leaked.</summary>
    private static async Task ServerErrorAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            // The throttle headers already set stay: Laravel sends them on a 500 too.
            await JsonAnswer.MessageAsync(context, StatusCodes.Status500InternalServerError, "Server Error.");
        }
    }
}

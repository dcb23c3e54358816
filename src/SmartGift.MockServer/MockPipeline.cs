using SmartGift.MockServer.Controls;
using SmartGift.MockServer.Faults;
using SmartGift.MockServer.Http;
using SmartGift.MockServer.RateLimiting;
using SmartGift.MockServer.Routes;

namespace SmartGift.MockServer;

/// <summary>
/// The request pipeline. API requests go: request log, throttle, faults, authentication, route.
/// /_mock/ controls skip all of that (loopback only, never throttled or faulted).
/// </summary>
internal static class MockPipeline
{
    public const string ControlPrefix = "/_mock";

    public static void Configure(WebApplication app, MockRuntime runtime)
    {
        app.UseMiddleware<SimulatorDateMiddleware>();
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments(ControlPrefix),
            api => api
                .UseMiddleware<RequestLogMiddleware>()
                .UseMiddleware<ServerErrorMiddleware>()
                .UseMiddleware<RateLimitMiddleware>()
                .UseMiddleware<FaultMiddleware>()
                .UseMiddleware<ApiKeyAuthentication>());

        CatalogueRoutes.Map(app);
        SaleRoutes.Map(app);
        RedeemRoutes.Map(app);
        HoldRoutes.Map(app);
        ControlRoutes.Map(app.MapGroup(ControlPrefix).AddEndpointFilter<LoopbackOnlyFilter>(), runtime);

        app.MapFallback(context => JsonAnswer.MessageAsync(context, StatusCodes.Status404NotFound, "Not Found."));
    }
}

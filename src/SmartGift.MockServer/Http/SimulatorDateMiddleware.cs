namespace SmartGift.MockServer.Http;

/// <summary>Every answer carries a Date from the simulator clock, so clients can measure clock skew against it.</summary>
internal sealed class SimulatorDateMiddleware
{
    private readonly RequestDelegate _next;
    private readonly MockRuntime _runtime;

    public SimulatorDateMiddleware(RequestDelegate next, MockRuntime runtime)
    {
        _next = next;
        _runtime = runtime;
    }

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers["Date"] = _runtime.Clock.Now.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        return _next(context);
    }
}

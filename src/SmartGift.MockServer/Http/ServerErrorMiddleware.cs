namespace SmartGift.MockServer.Http;

/// <summary>An unexpected exception becomes Laravel's production 500 body, with no details leaked.</summary>
internal sealed class ServerErrorMiddleware
{
    private readonly RequestDelegate _next;

    public ServerErrorMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await _next(context);
        }
        catch (Exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            // The throttle headers already set stay: Laravel sends them on a 500 too.
            await JsonAnswer.MessageAsync(context, StatusCodes.Status500InternalServerError, "Server Error.");
        }
    }
}

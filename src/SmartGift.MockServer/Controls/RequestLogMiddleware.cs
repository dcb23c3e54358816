using SmartGift.MockServer.Http;

namespace SmartGift.MockServer.Controls;

/// <summary>Records each API request (method, path, status, simulator time, masked key) for /_mock/requests.</summary>
internal sealed class RequestLogMiddleware
{
    public const string FaultItem = "SmartGift.Mock.Fault";
    /// <summary>An Action that logs the request as aborted: called before the connection is dropped.</summary>
    public const string CompleteItem = "SmartGift.Mock.LogAborted";
    private readonly RequestDelegate _next;
    private readonly MockRuntime _runtime;

    public RequestLogMiddleware(RequestDelegate next, MockRuntime runtime)
    {
        _next = next;
        _runtime = runtime;
    }

    /// <summary>
    /// Logged on arrival and completed before the client can see any answer (when the response
    /// starts, or by the fault middleware just before it drops the connection), so a test that
    /// reads the log right after its call returns always finds the request. The finally block
    /// completes it once more with the final state.
    /// </summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var sequence = _runtime.Requests.NextSequence();
        var time = _runtime.Clock.Now;
        var key = ApiKeyMask.Mask(context.Request.Headers[ApiKeyAuthentication.Header].ToString());
        var dropped = false;
        void Log(bool aborted) => _runtime.Requests.Put(new RequestLogEntry(
            sequence,
            context.Request.Method,
            context.Request.Path.Value ?? "/",
            context.Response.StatusCode,
            time,
            key,
            context.Items.TryGetValue(FaultItem, out var fault) ? fault as string : null,
            (dropped |= aborted) || context.RequestAborted.IsCancellationRequested));

        Log(aborted: false);
        context.Items[CompleteItem] = (Action)(() => Log(aborted: true));
        context.Response.OnStarting(() =>
        {
            Log(aborted: false);
            return Task.CompletedTask;
        });
        try
        {
            await _next(context);
        }
        finally
        {
            Log(aborted: false);
        }
    }
}

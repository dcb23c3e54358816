using SmartGift.MockServer.Http;

namespace SmartGift.MockServer.Controls;

/// <summary>Records each API request (method, path, status, simulator time, masked key) for /_mock/requests.</summary>
internal sealed class RequestLogMiddleware(RequestDelegate next, MockRuntime runtime)
{
    public const string FaultItem = "SmartGift.Mock.Fault";
    /// <summary>An Action that logs the request as aborted: called before the connection is dropped.</summary>
    public const string CompleteItem = "SmartGift.Mock.LogAborted";

    /// <summary>
    /// Logged on arrival and completed before the client can see any answer (when the response
    /// starts, or by the fault middleware just before it drops the connection), so a test that
    /// reads the log right after its call returns always finds the request. The finally block
    /// completes it once more with the final state.
    /// </summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var sequence = runtime.Requests.NextSequence();
        var time = runtime.Clock.Now;
        var key = Mask(context.Request.Headers[ApiKeyAuthentication.Header].ToString());
        var dropped = false;
        void Log(bool aborted) => runtime.Requests.Put(new RequestLogEntry(
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
            await next(context);
        }
        finally
        {
            Log(aborted: false);
        }
    }

    /// <summary>Shows an API key as sk_...abcd: enough to tell keys apart, never enough to use one.</summary>
    private static string? Mask(string key) => key.Length == 0
        ? null
        : (key.StartsWith("sk_", StringComparison.Ordinal) ? "sk_..." : "...") + (key.Length < 8 ? "" : key[^4..]);
}

using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SmartGift.MockServer.Http;

namespace SmartGift.MockServer.Controls
{
    /// <summary>Records each API request (method, path, status, simulator time, masked key) for /_mock/requests.</summary>
    internal sealed class RequestLogMiddleware
    {
        public const string FaultItem = "SmartGift.Mock.Fault";
        private readonly RequestDelegate _next;
        private readonly MockRuntime _runtime;

        public RequestLogMiddleware(RequestDelegate next, MockRuntime runtime)
        {
            _next = next;
            _runtime = runtime;
        }

        public async Task InvokeAsync(HttpContext context)
        {
            var sequence = _runtime.Requests.NextSequence();
            var time = _runtime.Clock.Now;
            try
            {
                await _next(context);
            }
            finally
            {
                _runtime.Requests.Add(new RequestLogEntry(
                    sequence,
                    context.Request.Method,
                    context.Request.Path.Value ?? "/",
                    context.Response.StatusCode,
                    time,
                    ApiKeyMask.Mask(context.Request.Headers[ApiKeyAuthentication.Header].ToString()),
                    context.Items.TryGetValue(FaultItem, out var fault) ? fault as string : null,
                    context.RequestAborted.IsCancellationRequested));
            }
        }
    }
}

using System.Net;

namespace SmartGift.MockServer.Http;

/// <summary>The /_mock/ controls answer only callers on this machine; anyone else sees a 404, as if they did not exist.</summary>
internal sealed class LoopbackOnlyFilter : IEndpointFilter
{
    public static bool IsLoopback(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote);

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        IsLoopback(context.HttpContext)
            ? next(context)
            : ValueTask.FromResult<object?>(Results.Json(new { message = "Not Found." }, statusCode: StatusCodes.Status404NotFound));
}

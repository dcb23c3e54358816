using System.Text.Encodings.Web;
using System.Text.Json;

namespace SmartGift.MockServer.Http;

/// <summary>Writes JSON answers the way the Laravel service does (application/json, plain UTF-8).</summary>
internal static class JsonAnswer
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Task WriteAsync(HttpContext context, int status, JsonNode body) =>
        TextAsync(context, status, "application/json", body.ToJsonString(Options));

    /// <summary>Any text answer (the faults' HTML pages and cut-short JSON too).</summary>
    public static Task TextAsync(HttpContext context, int status, string contentType, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(text);
    }

    /// <summary>A list answer: {"data": [...]}.</summary>
    public static Task DataAsync(HttpContext context, IEnumerable<JsonNode> items) =>
        WriteAsync(context, StatusCodes.Status200OK, new JsonObject { ["data"] = new JsonArray(items.ToArray()) });

    public static Task MessageAsync(HttpContext context, int status, string message) =>
        WriteAsync(context, status, new JsonObject { ["message"] = message });

    /// <summary>The usual Laravel message for a status, used by faults and fallbacks.</summary>
    public static string StandardMessage(int status) => status switch
    {
        400 => "Bad Request.",
        401 => "Unauthenticated.",
        403 => "This action is unauthorized.",
        404 => "Not Found.",
        405 => "Method Not Allowed.",
        408 => "Request Timeout.",
        419 => "Page Expired.",
        422 => "The given data was invalid.",
        429 => "Too Many Attempts.",
        502 => "Bad Gateway.",
        503 => "Service Unavailable.",
        504 => "Gateway Timeout.",
        _ => "Server Error.",
    };
}

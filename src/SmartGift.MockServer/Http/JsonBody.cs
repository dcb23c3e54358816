using System.Text.Json;

namespace SmartGift.MockServer.Http;

/// <summary>
/// Reads a request body leniently: an empty body or a JSON value that is not an object reads as
/// an empty object (so validation names the missing fields); text that is not JSON is null (400).
/// </summary>
internal static class JsonBody
{
    public const string MalformedMessage = "The request body is not valid JSON.";

    public static async Task<JsonObject?> ReadObjectAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new JsonObject();
        }

        try
        {
            return JsonNode.Parse(text) as JsonObject ?? new JsonObject();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;

namespace SmartGift.MockServer.Tests.Infrastructure;

/// <summary>One HTTP answer, read completely: status, headers and body text (parsed as JSON on demand).</summary>
public sealed class ApiAnswer
{
    private readonly HttpResponseMessage _response;

    public ApiAnswer(HttpResponseMessage response, string text)
    {
        _response = response;
        Text = text;
    }

    public HttpStatusCode Status => _response.StatusCode;
    public int StatusCode => (int)_response.StatusCode;
    public string Text { get; }
    public string? ContentType => _response.Content.Headers.ContentType?.MediaType;

    public JsonElement Json
    {
        get
        {
            using var document = JsonDocument.Parse(Text);
            return document.RootElement.Clone();
        }
    }

    public string? Header(string name) =>
        _response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()
        : _response.Content.Headers.TryGetValues(name, out var content) ? content.FirstOrDefault() : null;

    /// <summary>The message of a {"message": ...} body.</summary>
    public string? Message => Json.GetProperty("message").GetString();

    /// <summary>The messages for one field of a 422 body.</summary>
    public string[] Errors(string field) =>
        Json.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToArray();

    public string[] ErrorFields() =>
        Json.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToArray();

    public override string ToString() => $"{StatusCode} {Text}";
}

using SmartGift.MockServer.State;
using SmartGift.MockServer.Validation;

namespace SmartGift.MockServer.Routes;

/// <summary>A writing POST as its route sees it: the JSON body, the caller's company, the simulator, and the field errors the route's checks collect.</summary>
internal sealed class PostRequest
{
    public PostRequest(JsonObject body, CompanyState company, MockRuntime runtime, string? path)
    {
        Body = body;
        Company = company;
        Runtime = runtime;
        Path = path;
    }

    public JsonObject Body { get; }

    public CompanyState Company { get; }

    public MockRuntime Runtime { get; }

    /// <summary>The path as requested (POST /pos-sale and POST /sale share one handler).</summary>
    public string? Path { get; }

    public ValidationErrors Errors { get; } = new ValidationErrors();
}

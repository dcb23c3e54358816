using SmartGift.MockServer.State;
using SmartGift.MockServer.Validation;

namespace SmartGift.MockServer.Routes;

/// <summary>A writing POST as its route sees it: the JSON body, the caller's company, the simulator, and the field errors the route's checks collect.</summary>
/// <param name="Path">The path as requested (POST /pos-sale and POST /sale share one handler).</param>
internal sealed record PostRequest(JsonObject Body, CompanyState Company, MockRuntime Runtime, string Path)
{
    public ValidationErrors Errors { get; } = new ValidationErrors();
}

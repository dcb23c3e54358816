using SmartGift.MockServer.Http;

namespace SmartGift.MockServer.Routes;

/// <summary>
/// The frame the writing POSTs share, as Laravel answers them: a body that is not JSON is 400; the
/// route checks (and applies) the request, adding field errors; no answer from it is 422 with those
/// errors, an answer is 200.
/// </summary>
internal static class ValidatedPost
{
    public static void Map(WebApplication app, MockRuntime runtime, Func<PostRequest, JsonNode?> handle, params string[] paths)
    {
        foreach (var path in paths)
        {
            app.MapPost(path, async context =>
            {
                var body = await JsonBody.ReadObjectAsync(context.Request);
                if (body == null)
                {
                    await JsonAnswer.MessageAsync(context, StatusCodes.Status400BadRequest, JsonBody.MalformedMessage);
                    return;
                }

                var request = new PostRequest(body, ApiKeyAuthentication.Company(context), runtime, context.Request.Path.Value ?? path);
                var answer = handle(request);
                await (answer == null
                    ? JsonAnswer.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, request.Errors.ToBody())
                    : JsonAnswer.WriteAsync(context, StatusCodes.Status200OK, answer));
            });
        }
    }
}

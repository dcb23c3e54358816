using System.Security.Cryptography;
using SmartGift.MockServer.Http;
using SmartGift.MockServer.State;
using SmartGift.MockServer.Validation;

namespace SmartGift.MockServer.Routes;

/// <summary>
/// The writing POSTs (sale, redeem, hold), framed as Laravel answers them: a body that is not JSON
/// is 400; the route checks and applies the request under the state lock, so parallel requests
/// cannot overspend or hold twice, adding field errors; no answer from it is 422 with those errors,
/// an answer is 200.
/// </summary>
internal static class WriteRoutes
{
    private static readonly TimeSpan HoldLength = TimeSpan.FromMinutes(5);

    /// <summary>Hold tokens as document 004 shows them: "hold_token_" and 24 random letters and digits.</summary>
    private const string TokenAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static void Map(WebApplication app, MockRuntime runtime)
    {
        Map(app, runtime, Sell, "/pos-sale", "/sale");
        Map(app, runtime, Redeem, "/redeem");
        Map(app, runtime, Hold, "/redeem/hold");
    }

    /// <summary>POST /pos-sale and POST /sale (document 000): validate the cart, book the order, issue vouchers.</summary>
    private static JsonNode? Sell(PostRequest request) =>
        SaleBodyRules.Validate(request.Body, request.Company, request.Errors) is not { } sale ? null : new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["order_id"] = OrderBooking.Book(
                    request.State, request.Company, sale, request.Body["cart"], request.Path, request.Now).OrderId,
            },
        };

    /// <summary>POST /redeem (document 003): monetary amounts or sums of experience bit_values.</summary>
    private static JsonNode? Redeem(PostRequest request) =>
        RedeemBodyRules.Validate(request.Body, request.Company, request.State, request.Now, request.Errors) is not { } input
            ? null
            : new JsonObject
            {
                ["data"] = new JsonObject
                {
                    ["message"] = VoucherMessages.Redeemed,
                    ["redemptions"] = new JsonArray(VoucherRedemption.Apply(request.State, input, request.Now)
                        .Select(id => (JsonNode?)JsonValue.Create(id)).ToArray()),
                },
            };

    /// <summary>POST /redeem/hold (document 004): reserve a voucher for five minutes behind a token.</summary>
    private static JsonNode? Hold(PostRequest request)
    {
        var voucher = VoucherCheck.Find(request.Body, request.Company, request.State, request.Now, null, request.Errors);
        if (voucher == null)
        {
            return null;
        }

        var token = "hold_token_" + RandomNumberGenerator.GetString(TokenAlphabet, 24);
        voucher.Hold = new VoucherHold(token, request.Now, request.Now + HoldLength);
        return new JsonObject { ["message"] = VoucherMessages.HoldSuccessful, ["hold_token"] = token };
    }

    private static void Map(WebApplication app, MockRuntime runtime, Func<PostRequest, JsonNode?> handle, params string[] paths)
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

                var state = runtime.State;
                var company = ApiKeyAuthentication.Company(context);
                PostRequest request;
                JsonNode? answer;
                lock (state.Sync)
                {
                    request = new PostRequest(body, company, state, runtime.Clock.Now, context.Request.Path.Value ?? path);
                    answer = handle(request);
                }

                await (answer == null
                    ? JsonAnswer.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, request.Errors.ToBody())
                    : JsonAnswer.WriteAsync(context, StatusCodes.Status200OK, answer));
            });
        }
    }

    /// <summary>A writing POST as its route sees it, and the field errors the route's checks collect.</summary>
    /// <param name="Path">The path as requested (POST /pos-sale and POST /sale share one handler).</param>
    private sealed record PostRequest(
        JsonObject Body, CompanyState Company, SimulatorState State, DateTimeOffset Now, string Path)
    {
        public ValidationErrors Errors { get; } = new ValidationErrors();
    }
}

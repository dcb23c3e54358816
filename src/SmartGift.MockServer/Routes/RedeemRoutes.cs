using SmartGift.MockServer.State;
using SmartGift.MockServer.Validation;

namespace SmartGift.MockServer.Routes;

/// <summary>POST /redeem (document 003): monetary amounts or sums of experience bit_values.</summary>
internal static class RedeemRoutes
{
    public static void Map(WebApplication app) => ValidatedPost.Map(app, "/redeem", Redeem);

    private static JsonNode? Redeem(PostRequest request)
    {
        var state = request.Runtime.State;
        long[]? ids = null;
        lock (state.Sync)
        {
            // Check and apply in one step, so parallel redemptions cannot overspend.
            var now = request.Runtime.Clock.Now;
            var input = RedeemBodyRules.Validate(request.Body, request.Company, state, now, request.Errors);
            if (input != null)
            {
                ids = VoucherRedemption.Apply(state, input, now).ToArray();
            }
        }

        return ids == null ? null : new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["message"] = VoucherMessages.Redeemed,
                ["redemptions"] = new JsonArray(ids.Select(id => (JsonNode?)JsonValue.Create(id)).ToArray()),
            },
        };
    }
}

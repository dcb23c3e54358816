using SmartGift.MockServer.State;
using SmartGift.MockServer.Validation;

namespace SmartGift.MockServer.Routes;

/// <summary>POST /redeem (document 003): monetary amounts or sums of experience bit_values.</summary>
internal static class RedeemRoutes
{
    public static JsonNode? Redeem(PostRequest request)
    {
        var state = request.Runtime.State;
        lock (state.Sync)
        {
            // Check and apply in one step, so parallel redemptions cannot overspend.
            var now = request.Runtime.Clock.Now;
            var input = RedeemBodyRules.Validate(request.Body, request.Company, state, now, request.Errors);
            if (input == null)
            {
                return null;
            }

            var ids = VoucherRedemption.Apply(state, input, now);
            return new JsonObject
            {
                ["data"] = new JsonObject
                {
                    ["message"] = VoucherMessages.Redeemed,
                    ["redemptions"] = new JsonArray(ids.Select(id => (JsonNode?)JsonValue.Create(id)).ToArray()),
                },
            };
        }
    }
}

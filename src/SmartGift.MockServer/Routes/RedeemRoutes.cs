using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SmartGift.MockServer.Http;
using SmartGift.MockServer.State;
using SmartGift.MockServer.Validation;

namespace SmartGift.MockServer.Routes
{
    /// <summary>POST /redeem (document 003): monetary amounts or sums of experience bit_values.</summary>
    internal static class RedeemRoutes
    {
        public static void Map(WebApplication app)
        {
            app.MapPost("/redeem", context => RedeemAsync(context, app.Services.GetRuntime()));
        }

        private static async Task RedeemAsync(HttpContext context, MockRuntime runtime)
        {
            var body = await JsonBody.ReadObjectAsync(context.Request);
            if (body == null)
            {
                await JsonAnswer.MessageAsync(context, StatusCodes.Status400BadRequest, JsonBody.MalformedMessage);
                return;
            }

            var company = ApiKeyAuthentication.Company(context);
            var state = runtime.State;
            var errors = new ValidationErrors();
            long[]? ids = null;
            lock (state.Sync)
            {
                // Check and apply in one step, so parallel redemptions cannot overspend.
                var now = runtime.Clock.Now;
                var input = RedeemBodyRules.Validate(body, company, state, now, errors);
                if (input != null)
                {
                    ids = VoucherRedemption.Apply(state, input, now).ToArray();
                }
            }

            if (ids == null)
            {
                await JsonAnswer.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, errors.ToBody());
                return;
            }

            await JsonAnswer.WriteAsync(context, StatusCodes.Status200OK, new JsonObject
            {
                ["data"] = new JsonObject
                {
                    ["message"] = VoucherMessages.Redeemed,
                    ["redemptions"] = new JsonArray(ids.Select(id => (JsonNode?)JsonValue.Create(id)).ToArray()),
                },
            });
        }
    }
}

using System;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SmartGift.MockServer.Http;
using SmartGift.MockServer.State;
using SmartGift.MockServer.Validation;

namespace SmartGift.MockServer.Routes
{
    /// <summary>POST /redeem/hold (document 004): reserve a voucher for five minutes behind a token.</summary>
    internal static class HoldRoutes
    {
        public static readonly TimeSpan HoldLength = TimeSpan.FromMinutes(5);

        public static void Map(WebApplication app)
        {
            app.MapPost("/redeem/hold", context => HoldAsync(context, app.Services.GetRuntime()));
        }

        private static async Task HoldAsync(HttpContext context, MockRuntime runtime)
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
            string? token = null;
            lock (state.Sync)
            {
                if (!JsonValues.IsPresent(body["voucher_no"]))
                {
                    errors.Add("voucher_no", LaravelMessages.Required("voucher_no"));
                }
                else
                {
                    var now = runtime.Clock.Now;
                    var number = JsonValues.AsText(body["voucher_no"]);
                    var voucher = number == null ? null : state.FindVoucher(number);
                    var problem = VoucherCheck.Problem(voucher, company, now, holdToken: null);
                    if (problem != null)
                    {
                        errors.Add("voucher_no", problem);
                    }
                    else
                    {
                        token = HoldToken.New();
                        voucher!.Hold = new VoucherHold(token, now, now + HoldLength);
                    }
                }
            }

            if (token == null)
            {
                await JsonAnswer.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, errors.ToBody());
                return;
            }

            await JsonAnswer.WriteAsync(context, StatusCodes.Status200OK, new JsonObject
            {
                ["message"] = VoucherMessages.HoldSuccessful,
                ["hold_token"] = token,
            });
        }
    }
}

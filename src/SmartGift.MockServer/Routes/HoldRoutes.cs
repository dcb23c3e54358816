using SmartGift.MockServer.State;
using SmartGift.MockServer.Validation;

namespace SmartGift.MockServer.Routes;

/// <summary>POST /redeem/hold (document 004): reserve a voucher for five minutes behind a token.</summary>
internal static class HoldRoutes
{
    public static readonly TimeSpan HoldLength = TimeSpan.FromMinutes(5);

    public static void Map(WebApplication app) => ValidatedPost.Map(app, "/redeem/hold", Hold);

    private static JsonNode? Hold(PostRequest request)
    {
        var body = request.Body;
        var runtime = request.Runtime;
        var state = runtime.State;
        string? token = null;
        lock (state.Sync)
        {
            if (!JsonValues.IsPresent(body["voucher_no"]))
            {
                request.Errors.Add("voucher_no", LaravelMessages.Required("voucher_no"));
            }
            else
            {
                var now = runtime.Clock.Now;
                var number = JsonValues.AsText(body["voucher_no"]);
                var voucher = number == null ? null : state.FindVoucher(number);
                var problem = VoucherCheck.Problem(voucher, request.Company, now, holdToken: null);
                if (problem != null)
                {
                    request.Errors.Add("voucher_no", problem);
                }
                else
                {
                    token = HoldToken.New();
                    voucher!.Hold = new VoucherHold(token, now, now + HoldLength);
                }
            }
        }

        return token == null ? null : new JsonObject
        {
            ["message"] = VoucherMessages.HoldSuccessful,
            ["hold_token"] = token,
        };
    }
}

using System.Security.Cryptography;
using SmartGift.MockServer.State;
using SmartGift.MockServer.Validation;

namespace SmartGift.MockServer.Routes;

/// <summary>POST /redeem/hold (document 004): reserve a voucher for five minutes behind a token.</summary>
internal static class HoldRoutes
{
    private static readonly TimeSpan HoldLength = TimeSpan.FromMinutes(5);

    /// <summary>Hold tokens as document 004 shows them: "hold_token_" and 24 random letters and digits.</summary>
    private const string TokenAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static JsonNode? Hold(PostRequest request)
    {
        var state = request.Runtime.State;
        lock (state.Sync)
        {
            var now = request.Runtime.Clock.Now;
            var voucher = VoucherCheck.Find(request.Body, request.Company, state, now, holdToken: null, request.Errors);
            if (voucher == null)
            {
                return null;
            }

            var token = "hold_token_" + RandomNumberGenerator.GetString(TokenAlphabet, 24);
            voucher.Hold = new VoucherHold(token, now, now + HoldLength);
            return new JsonObject
            {
                ["message"] = VoucherMessages.HoldSuccessful,
                ["hold_token"] = token,
            };
        }
    }
}

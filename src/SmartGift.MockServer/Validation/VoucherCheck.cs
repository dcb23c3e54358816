using SmartGift.MockServer.State;

namespace SmartGift.MockServer.Validation;

/// <summary>
/// The voucher_no checks shared by redeem and hold, in the order they apply: required, unknown number,
/// another company's voucher, outside its validity window, fully redeemed, held by someone else.
/// </summary>
internal static class VoucherCheck
{
    /// <summary>The body's voucher, or null with the error added when it cannot be used.</summary>
    /// <param name="holdToken">The token sent with a redemption; a hold request passes null (any active hold blocks it).</param>
    public static IssuedVoucher? Find(JsonObject body, CompanyState company, SimulatorState state, DateTimeOffset now, string? holdToken, ValidationErrors errors)
    {
        var voucher = JsonValues.AsText(body["voucher_no"]) is string number ? state.FindVoucher(number) : null;
        var problem = !JsonValues.IsPresent(body["voucher_no"]) ? LaravelMessages.Required("voucher_no") : voucher switch
        {
            null => VoucherMessages.Invalid,
            _ when !ReferenceEquals(voucher.Company, company) => VoucherMessages.OtherCompany,
            _ when voucher.IsOutsideValidityAt(now) => VoucherMessages.Expired,
            { IsFullyRedeemed: true } => VoucherMessages.FullyRedeemed,
            _ when voucher.ActiveHoldAt(now) is { } hold && !string.Equals(hold.Token, holdToken, StringComparison.Ordinal)
                => VoucherMessages.Held,
            _ => null,
        };
        return errors.Check("voucher_no", problem) ? voucher : null;
    }
}

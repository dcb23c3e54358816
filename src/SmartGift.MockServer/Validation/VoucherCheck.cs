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
        if (!JsonValues.IsPresent(body["voucher_no"]))
        {
            errors.Add("voucher_no", LaravelMessages.Required("voucher_no"));
            return null;
        }

        var voucher = JsonValues.AsText(body["voucher_no"]) is string number ? state.FindVoucher(number) : null;
        var problem = Problem(voucher, company, now, holdToken);
        if (problem != null)
        {
            errors.Add("voucher_no", problem);
            return null;
        }

        return voucher;
    }

    private static string? Problem(IssuedVoucher? voucher, CompanyState company, DateTimeOffset now, string? holdToken)
    {
        if (voucher == null)
        {
            return VoucherMessages.Invalid;
        }

        if (!ReferenceEquals(voucher.Company, company))
        {
            return VoucherMessages.OtherCompany;
        }

        if (voucher.IsOutsideValidityAt(now))
        {
            return VoucherMessages.Expired;
        }

        if (voucher.IsFullyRedeemed)
        {
            return VoucherMessages.FullyRedeemed;
        }

        var hold = voucher.ActiveHoldAt(now);
        return hold != null && !string.Equals(hold.Token, holdToken, StringComparison.Ordinal) ? VoucherMessages.Held : null;
    }
}

using SmartGift.MockServer.State;

namespace SmartGift.MockServer.Validation;

/// <summary>
/// The voucher_no checks shared by redeem and hold, in the order they apply: unknown number,
/// another company's voucher, outside its validity window, fully redeemed, held by someone else.
/// </summary>
internal static class VoucherCheck
{
    /// <param name="holdToken">The token sent with a redemption; a hold request passes null (any active hold blocks it).</param>
    public static string? Problem(IssuedVoucher? voucher, CompanyState company, DateTimeOffset now, string? holdToken)
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
        if (hold != null && !string.Equals(hold.Token, holdToken, StringComparison.Ordinal))
        {
            return VoucherMessages.Held;
        }

        return null;
    }
}

using SmartGift.MockServer.State;

namespace SmartGift.MockServer.Validation;

/// <summary>
/// POST /redeem rules (document 003), every field reported together: voucher_no, site_id,
/// value. Runs under the state lock, because the checks read balances and holds. Checked
/// against the client's redemption rules by tests/SmartGift.Testing/SharedCases.
/// </summary>
internal static class RedeemBodyRules
{
    public static RedeemInput? Validate(JsonObject body, CompanyState company, SimulatorState state, DateTimeOffset now, ValidationErrors errors)
    {
        var holdToken = JsonValues.AsText(body["hold_token"]) is { Length: > 0 } token ? token : null;
        var voucher = VoucherCheck.Find(body, company, state, now, holdToken, errors);

        var siteId = JsonValues.AsText(body["site_id"]);
        errors.Check("site_id", !JsonValues.IsPresent(body["site_id"]) ? LaravelMessages.Required("site_id")
            : siteId == null || !company.HasSite(siteId) ? VoucherMessages.InvalidSite : null);

        var value = 0m;
        errors.Check("value", !JsonValues.IsPresent(body["value"]) ? LaravelMessages.Required("value")
            : !JsonValues.TryDecimal(body["value"], out value) ? LaravelMessages.Numeric("value")
            : voucher == null ? (value <= 0m ? VoucherMessages.ValueNotPositive : null)
            : voucher.IsExperience ? ExperienceValueProblem(voucher, value) : MonetaryValueProblem(voucher, value));

        if (errors.Any || voucher == null || siteId == null)
        {
            return null;
        }

        return new RedeemInput(voucher, siteId, value, UsesHold: voucher.ActiveHoldAt(now) != null);
    }

    private static string? MonetaryValueProblem(IssuedVoucher voucher, decimal value) =>
        value <= 0m ? VoucherMessages.ValueNotPositive
        : !JsonValues.HasAtMostTwoDecimals(value) ? LaravelMessages.TwoDecimals("value")
        : value > voucher.Balance ? VoucherMessages.ValueOverBalance(voucher.Balance) : null;

    /// <summary>A whole, positive sum of this voucher's bit_values, none of them used yet.</summary>
    private static string? ExperienceValueProblem(IssuedVoucher voucher, decimal value) =>
        value <= 0m || value != decimal.Truncate(value) || value > int.MaxValue || ((int)value & ~voucher.AllBits) != 0
            ? VoucherMessages.ValueNotExperienceSum
            : ((int)value & voucher.UsedBits) != 0 ? VoucherMessages.ValueExperienceUsed : null;
}

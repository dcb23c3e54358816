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
        if (!JsonValues.IsPresent(body["site_id"]))
        {
            errors.Add("site_id", LaravelMessages.Required("site_id"));
        }
        else if (siteId == null || !company.HasSite(siteId))
        {
            errors.Add("site_id", VoucherMessages.InvalidSite);
        }

        decimal value = 0m;
        if (!JsonValues.IsPresent(body["value"]))
        {
            errors.Add("value", LaravelMessages.Required("value"));
        }
        else if (!JsonValues.TryDecimal(body["value"], out value))
        {
            errors.Add("value", LaravelMessages.Numeric("value"));
        }
        else if (voucher != null)
        {
            var problem = voucher.IsExperience ? ExperienceValueProblem(voucher, value) : MonetaryValueProblem(voucher, value);
            if (problem != null)
            {
                errors.Add("value", problem);
            }
        }
        else if (value <= 0m)
        {
            errors.Add("value", VoucherMessages.ValueNotPositive);
        }

        if (errors.Any || voucher == null || siteId == null)
        {
            return null;
        }

        return new RedeemInput(voucher, siteId, value, UsesHold: voucher.ActiveHoldAt(now) != null);
    }

    private static string? MonetaryValueProblem(IssuedVoucher voucher, decimal value)
    {
        if (value <= 0m)
        {
            return VoucherMessages.ValueNotPositive;
        }

        if (!JsonValues.HasAtMostTwoDecimals(value))
        {
            return LaravelMessages.TwoDecimals("value");
        }

        return value > voucher.Balance ? VoucherMessages.ValueOverBalance(voucher.Balance) : null;
    }

    private static string? ExperienceValueProblem(IssuedVoucher voucher, decimal value)
    {
        if (value <= 0m || value != decimal.Truncate(value) || value > int.MaxValue)
        {
            return VoucherMessages.ValueNotExperienceSum;
        }

        var bits = (int)value;
        if ((bits & ~voucher.AllBits) != 0)
        {
            return VoucherMessages.ValueNotExperienceSum;
        }

        return (bits & voucher.UsedBits) != 0 ? VoucherMessages.ValueExperienceUsed : null;
    }
}

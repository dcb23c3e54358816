using System.Linq;

namespace SmartGift.Core.Tests.Redemptions;

/// <summary>The one rule set for a /redeem body: RedeemAsync and RedemptionPlanner both answer by it.</summary>
public class RedeemValidatorTests
{
    private static RedeemRequest Valid() => new RedeemRequest { VoucherNumber = "DEMO000001", SiteId = "1", Amount = 10m };

    [Fact]
    public void A_complete_request_has_no_problems()
    {
        Assert.Empty(RedeemValidator.Validate(Valid(), "row 2"));
        Assert.Empty(RedeemValidator.Validate(new RedeemRequest { VoucherNumber = "DEMO000006", SiteId = "1", ExperienceBits = 3, HoldToken = "t" }, "row 2"));
    }

    [Theory]
    [InlineData("voucher_no")]
    [InlineData("site_id")]
    public void A_missing_id_is_named(string field)
    {
        var request = Valid();
        if (field == "voucher_no") request.VoucherNumber = " ";
        else request.SiteId = "";

        var problem = Assert.Single(RedeemValidator.Validate(request, "row 2"));
        Assert.Equal(field, problem.Field);
        Assert.Equal("row 2: " + field + " is required", problem.ToString());
    }

    [Fact]
    public void The_value_is_money_or_experience_bits_never_both_nor_neither()
    {
        var both = Valid();
        both.ExperienceBits = 2;
        var neither = Valid();
        neither.Amount = null;

        Assert.Equal("value", Assert.Single(RedeemValidator.Validate(both, "")).Field);
        Assert.Equal("value", Assert.Single(RedeemValidator.Validate(neither, "")).Field);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("10.005")]
    public void Money_must_be_above_zero_with_two_decimals_at_most(string amount)
    {
        var request = Valid();
        request.Amount = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        var problem = Assert.Single(RedeemValidator.Validate(request, ""));
        Assert.Equal("value", problem.Field);
        Assert.StartsWith("value ", problem.Message);
    }

    [Fact]
    public void Experience_bits_must_be_above_zero_and_a_long_hold_token_is_refused()
    {
        var request = new RedeemRequest { VoucherNumber = "DEMO000006", SiteId = "1", ExperienceBits = 0, HoldToken = new string('t', 300) };

        Assert.Equal(new[] { "hold_token", "value" }, RedeemValidator.Validate(request, "").Select(p => p.Field).OrderBy(f => f));
    }
}

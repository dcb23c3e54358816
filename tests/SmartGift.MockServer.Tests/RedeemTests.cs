using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using SmartGift.MockServer.Tests.Infrastructure;
using SmartGift.Testing;

namespace SmartGift.MockServer.Tests;

public sealed class RedeemTests : MockServerTest
{
    public RedeemTests(MockServerFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public async Task Partial_monetary_redemption_lowers_the_balance()
    {
        var answer = await Demo.RedeemAsync(MockSeed.Monetary100, MockSeed.DemoSite, 10m);

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        Assert.Equal("{\"data\":{\"message\":\"The voucher has been redeemed.\",\"redemptions\":[21]}}", answer.Text);
        var voucher = (await Control.GetIssuedVouchersAsync()).Single(v => v.VoucherNo == MockSeed.Monetary100);
        Assert.Equal(90m, voucher.Balance);
        var record = Assert.Single(await Control.GetRedemptionsAsync());
        Assert.Equal((21L, "monetary", (decimal?)10m, MockSeed.DemoSite), (record.Id, record.Type, record.Amount, record.SiteId));
    }

    [Fact]
    public async Task Redeeming_the_whole_balance_then_again_is_fully_redeemed()
    {
        Assert.Equal(HttpStatusCode.OK, (await Demo.RedeemAsync(MockSeed.PartlyRedeemed, MockSeed.DemoSite, 50m)).Status);

        ValidationAssert.Single(await Demo.RedeemAsync(MockSeed.PartlyRedeemed, MockSeed.DemoSite, 1m), "voucher_no", "Sorry this voucher has already been redeemed.");
    }

    [Fact]
    public async Task Value_above_the_balance_is_refused()
    {
        ValidationAssert.Single(
            await Demo.RedeemAsync(MockSeed.PartlyRedeemed, MockSeed.DemoSite, 50.01m),
            "value",
            "The value must not be more than the voucher's remaining balance of 50.00.");
        Assert.Equal(50m, (await Control.GetIssuedVouchersAsync()).Single(v => v.VoucherNo == MockSeed.PartlyRedeemed).Balance);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public async Task Zero_or_negative_value_is_refused(string value)
    {
        var answer = await Demo.PostTextAsync("redeem", $"{{\"voucher_no\":\"DEMO000001\",\"site_id\":\"1\",\"value\":{value}}}");

        ValidationAssert.Single(answer, "value", "The value field must be greater than 0.");
    }

    [Fact]
    public async Task Value_must_be_a_number_with_two_decimals()
    {
        ValidationAssert.Single(
            await Demo.PostTextAsync("redeem", "{\"voucher_no\":\"DEMO000001\",\"site_id\":\"1\",\"value\":\"ten\"}"),
            "value",
            "The value field must be a number.");
        ValidationAssert.Single(
            await Demo.PostTextAsync("redeem", "{\"voucher_no\":\"DEMO000001\",\"site_id\":\"1\",\"value\":1.005}"),
            "value",
            "The value field must have 0-2 decimal places.");
    }

    [Fact]
    public async Task Ids_and_values_may_be_numbers_or_strings()
    {
        var answer = await Demo.PostTextAsync("redeem", "{\"voucher_no\":\"DEMO000001\",\"site_id\":1,\"value\":\"12.50\"}");

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        Assert.Equal(87.50m, (await Control.GetIssuedVouchersAsync()).Single(v => v.VoucherNo == MockSeed.Monetary100).Balance);
    }

    [Fact]
    public async Task Documented_errors_have_their_exact_bodies()
    {
        Assert.Equal(
            "{\"message\":\"Sorry, that voucher number is invalid.\",\"errors\":{\"voucher_no\":[\"Sorry, that voucher number is invalid.\"]}}",
            (await Demo.RedeemAsync("NOPE000001", MockSeed.DemoSite, 1m)).Text);
        Assert.Equal(
            "{\"message\":\"This site number is invalid\",\"errors\":{\"site_id\":[\"This site number is invalid\"]}}",
            (await Demo.RedeemAsync(MockSeed.Monetary100, MockSeed.SisterSite, 1m)).Text);
        Assert.Equal(
            "{\"message\":\"This voucher does not belong to your company\",\"errors\":{\"voucher_no\":[\"This voucher does not belong to your company\"]}}",
            (await Demo.RedeemAsync(MockSeed.SisterVoucherNo, MockSeed.DemoSite, 1m)).Text);
        Assert.Equal(
            "{\"message\":\"The voucher number provided has expired.\",\"errors\":{\"voucher_no\":[\"The voucher number provided has expired.\"]}}",
            (await Demo.RedeemAsync(MockSeed.Expired, MockSeed.DemoSite, 1m)).Text);
        Assert.Equal(
            "{\"message\":\"Sorry this voucher has already been redeemed.\",\"errors\":{\"voucher_no\":[\"Sorry this voucher has already been redeemed.\"]}}",
            (await Demo.RedeemAsync(MockSeed.FullyRedeemed, MockSeed.DemoSite, 1m)).Text);
    }

    [Fact]
    public async Task A_voucher_before_its_validity_starts_has_expired()
    {
        ValidationAssert.Single(await Demo.RedeemAsync(MockSeed.NotYetValid, MockSeed.DemoSite, 1m), "voucher_no", "The voucher number provided has expired.");
    }

    [Fact]
    public async Task The_not_yet_valid_voucher_redeems_once_the_clock_reaches_its_start()
    {
        await Control.AdvanceClockAsync(TimeSpan.FromDays(366));

        Assert.Equal(HttpStatusCode.OK, (await Demo.RedeemAsync(MockSeed.NotYetValid, MockSeed.DemoSite, 1m)).Status);
    }

    [Fact]
    public async Task Another_company_comes_before_expired()
    {
        // Two years on, every seeded voucher is past its validity.
        await Control.AdvanceClockAsync(TimeSpan.FromDays(800));

        ValidationAssert.Single(await Demo.RedeemAsync(MockSeed.SisterVoucherNo, MockSeed.DemoSite, 1m), "voucher_no", "This voucher does not belong to your company");
    }

    [Fact]
    public async Task Expired_comes_before_fully_redeemed()
    {
        await Control.AdvanceClockAsync(TimeSpan.FromDays(800));

        ValidationAssert.Single(await Demo.RedeemAsync(MockSeed.FullyRedeemed, MockSeed.DemoSite, 1m), "voucher_no", "The voucher number provided has expired.");
    }

    [Fact]
    public async Task Expired_comes_before_held()
    {
        var validUntil = (await Control.GetIssuedVouchersAsync()).Single(v => v.VoucherNo == MockSeed.Monetary100).ValidUntil!.Value;
        await Control.SetClockAsync(validUntil.AddMinutes(-1));
        Assert.Equal(HttpStatusCode.OK, (await Demo.HoldAsync(MockSeed.Monetary100)).Status);
        await Control.AdvanceClockAsync(TimeSpan.FromMinutes(2));

        ValidationAssert.Single(await Demo.RedeemAsync(MockSeed.Monetary100, MockSeed.DemoSite, 1m), "voucher_no", "The voucher number provided has expired.");
    }

    [Fact]
    public async Task Required_fields_are_reported_together()
    {
        var answer = await Demo.PostTextAsync("redeem", "{}");

        Assert.Equal(
            "{\"message\":\"The voucher no field is required. (and 2 more errors)\",\"errors\":{\"voucher_no\":[\"The voucher no field is required.\"],\"site_id\":[\"The site id field is required.\"],\"value\":[\"The value field is required.\"]}}",
            answer.Text);
    }

    [Fact]
    public async Task Voucher_site_and_value_errors_are_reported_together()
    {
        var answer = await Demo.PostTextAsync("redeem", "{\"voucher_no\":\"DEMO000004\",\"site_id\":\"3\",\"value\":-1}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("The voucher number provided has expired. (and 2 more errors)", answer.Message);
        Assert.Equal(new[] { "The voucher number provided has expired." }, answer.Errors("voucher_no"));
        Assert.Equal(new[] { "This site number is invalid" }, answer.Errors("site_id"));
        Assert.Equal(new[] { "The value field must be greater than 0." }, answer.Errors("value"));
    }

    [Fact]
    public async Task Two_errors_say_one_more_error()
    {
        var answer = await Demo.RedeemAsync(MockSeed.Monetary100, "99", 500m);

        Assert.Equal("This site number is invalid (and 1 more error)", answer.Message);
        Assert.Equal(new[] { "site_id", "value" }, answer.ErrorFields());
        Assert.Empty(await Control.GetRedemptionsAsync());
    }

    [Fact]
    public async Task Experience_redemption_creates_one_record_per_experience()
    {
        var answer = await Demo.RedeemAsync(MockSeed.ExperienceUnused, MockSeed.DemoSecondSite, 1 + 8);

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        Assert.Equal(new long[] { 21, 22 }, answer.Json.GetProperty("data").GetProperty("redemptions").EnumerateArray().Select(e => e.GetInt64()));
        var voucher = (await Control.GetIssuedVouchersAsync()).Single(v => v.VoucherNo == MockSeed.ExperienceUnused);
        Assert.Equal(new[] { "Spa Access", "Afternoon Tea" }, voucher.Experiences.Where(e => e.Used).Select(e => e.Name));
        Assert.Equal(new[] { "Spa Access", "Afternoon Tea" }, (await Control.GetRedemptionsAsync()).Select(r => r.ExperienceName));
    }

    [Fact]
    public async Task Redemption_ids_increase_across_vouchers()
    {
        var first = await Demo.RedeemAsync(MockSeed.Monetary100, MockSeed.DemoSite, 1m);
        var second = await Demo.RedeemAsync(MockSeed.ExperienceLunchUsed, MockSeed.DemoSite, 1 + 4);
        var third = await Sister.RedeemAsync(MockSeed.SisterVoucherNo, MockSeed.SisterSite, 5m);

        var ids = new[] { first, second, third }
            .SelectMany(a => a.Json.GetProperty("data").GetProperty("redemptions").EnumerateArray().Select(e => e.GetInt64()))
            .ToArray();
        Assert.Equal(new long[] { 21, 22, 23, 24 }, ids);
    }

    [Fact]
    public async Task An_experience_already_used_is_refused()
    {
        ValidationAssert.Single(
            await Demo.RedeemAsync(MockSeed.ExperienceLunchUsed, MockSeed.DemoSite, 2 + 4),
            "value",
            "The value includes an experience that has already been redeemed on this voucher.");
    }

    [Theory]
    [InlineData("16")]
    [InlineData("0")]
    [InlineData("2.5")]
    [InlineData("-1")]
    public async Task Experience_value_must_be_a_non_zero_sum_of_bit_values(string value)
    {
        var answer = await Demo.PostTextAsync("redeem", $"{{\"voucher_no\":\"DEMO000006\",\"site_id\":\"1\",\"value\":{value}}}");

        ValidationAssert.Single(answer, "value", "The value must be a non-zero sum of the bit values of this voucher's experiences.");
    }

    [Fact]
    public async Task Using_every_remaining_experience_fully_redeems_the_voucher()
    {
        Assert.Equal(HttpStatusCode.OK, (await Demo.RedeemAsync(MockSeed.ExperienceLunchUsed, MockSeed.DemoSite, 1 + 4 + 8)).Status);

        Assert.True((await Control.GetIssuedVouchersAsync()).Single(v => v.VoucherNo == MockSeed.ExperienceLunchUsed).FullyRedeemed);
        ValidationAssert.Single(await Demo.RedeemAsync(MockSeed.ExperienceLunchUsed, MockSeed.DemoSite, 1), "voucher_no", "Sorry this voucher has already been redeemed.");
    }

    [Fact]
    public async Task Sister_venue_redeems_its_own_voucher_at_its_own_site()
    {
        Assert.Equal(HttpStatusCode.OK, (await Sister.RedeemAsync(MockSeed.SisterVoucherNo, MockSeed.SisterSite, 25m)).Status);
        ValidationAssert.Single(await Sister.RedeemAsync(MockSeed.Monetary100, MockSeed.SisterSite, 1m), "voucher_no", "This voucher does not belong to your company");
        ValidationAssert.Single(await Sister.RedeemAsync(MockSeed.SisterVoucherNo, MockSeed.SisterSite, 1m), "voucher_no", "Sorry this voucher has already been redeemed.");
    }

    [Fact]
    public async Task Malformed_json_is_a_400()
    {
        var answer = await Demo.PostTextAsync("redeem", "voucher_no=DEMO000001");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("{\"message\":\"The request body is not valid JSON.\"}", answer.Text);
    }
}

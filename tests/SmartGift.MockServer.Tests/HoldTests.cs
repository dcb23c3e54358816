using System;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SmartGift.MockServer.Tests.Infrastructure;
using SmartGift.Testing;

namespace SmartGift.MockServer.Tests;

public sealed class HoldTests : MockServerTest
{
    private static readonly Regex TokenShape = new Regex("^hold_token_[A-Za-z0-9]{24}$");

    public HoldTests(MockServerFixture fixture)
        : base(fixture)
    {
    }

    private async Task<string> HoldTokenAsync(string voucherNo)
    {
        var answer = await Demo.HoldAsync(voucherNo);
        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        return answer.Json.GetProperty("hold_token").GetString()!;
    }

    [Fact]
    public async Task Hold_answers_a_token_of_the_documented_shape()
    {
        var answer = await Demo.HoldAsync(MockSeed.Monetary100);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Voucher hold successful", answer.Message);
        var token = answer.Json.GetProperty("hold_token").GetString()!;
        Assert.Matches(TokenShape, token);
        Assert.Equal(new[] { "message", "hold_token" }, answer.Json.EnumerateObject().Select(p => p.Name));
        var hold = (await Control.GetIssuedVouchersAsync()).Single(v => v.VoucherNo == MockSeed.Monetary100).Hold!;
        Assert.Equal(token, hold.HoldToken);
        Assert.Equal(TimeSpan.FromMinutes(5), hold.ExpiresAt - hold.CreatedAt);
    }

    [Fact]
    public async Task Tokens_differ()
    {
        var first = await HoldTokenAsync(MockSeed.Monetary100);
        var second = await HoldTokenAsync(MockSeed.PartlyRedeemed);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task A_held_voucher_cannot_be_held_again()
    {
        await HoldTokenAsync(MockSeed.Monetary100);

        Assert.Equal(
            "{\"message\":\"Voucher is already held\",\"errors\":{\"voucher_no\":[\"Voucher is already held\"]}}",
            (await Demo.HoldAsync(MockSeed.Monetary100)).Text);
    }

    [Fact]
    public async Task A_held_voucher_is_redeemed_only_with_its_token()
    {
        var token = await HoldTokenAsync(MockSeed.Monetary100);

        ValidationAssert.Single(await Demo.RedeemAsync(MockSeed.Monetary100, MockSeed.DemoSite, 10m), "voucher_no", "Voucher is already held");
        ValidationAssert.Single(await Demo.RedeemAsync(MockSeed.Monetary100, MockSeed.DemoSite, 10m, "hold_token_AAAAAAAAAAAAAAAAAAAAAAAA"), "voucher_no", "Voucher is already held");

        var redeemed = await Demo.RedeemAsync(MockSeed.Monetary100, MockSeed.DemoSite, 10m, token);
        Assert.True(redeemed.Status == HttpStatusCode.OK, redeemed.ToString());
        Assert.True(Assert.Single(await Control.GetRedemptionsAsync()).WithHoldToken);
    }

    [Fact]
    public async Task Redeeming_with_the_token_ends_the_hold()
    {
        var token = await HoldTokenAsync(MockSeed.Monetary100);
        Assert.Equal(HttpStatusCode.OK, (await Demo.RedeemAsync(MockSeed.Monetary100, MockSeed.DemoSite, 10m, token)).Status);

        Assert.Null((await Control.GetIssuedVouchersAsync()).Single(v => v.VoucherNo == MockSeed.Monetary100).Hold);
        Assert.Equal(HttpStatusCode.OK, (await Demo.RedeemAsync(MockSeed.Monetary100, MockSeed.DemoSite, 10m)).Status);
        Assert.Equal(HttpStatusCode.OK, (await Demo.HoldAsync(MockSeed.Monetary100)).Status);
    }

    [Fact]
    public async Task A_hold_expires_after_five_minutes_of_simulator_time()
    {
        await HoldTokenAsync(MockSeed.Monetary100);

        await Control.AdvanceClockAsync(TimeSpan.FromMinutes(4));
        ValidationAssert.Single(await Demo.HoldAsync(MockSeed.Monetary100), "voucher_no", "Voucher is already held");

        await Control.AdvanceClockAsync(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Null((await Control.GetIssuedVouchersAsync()).Single(v => v.VoucherNo == MockSeed.Monetary100).Hold);
        Assert.Equal(HttpStatusCode.OK, (await Demo.RedeemAsync(MockSeed.Monetary100, MockSeed.DemoSite, 10m)).Status);
        Assert.Equal(HttpStatusCode.OK, (await Demo.HoldAsync(MockSeed.Monetary100)).Status);
    }

    [Fact]
    public async Task An_expired_token_is_no_longer_needed_and_does_no_harm()
    {
        var token = await HoldTokenAsync(MockSeed.Monetary100);
        await Control.AdvanceClockAsync(TimeSpan.FromMinutes(6));

        Assert.Equal(HttpStatusCode.OK, (await Demo.RedeemAsync(MockSeed.Monetary100, MockSeed.DemoSite, 10m, token)).Status);
        Assert.False(Assert.Single(await Control.GetRedemptionsAsync()).WithHoldToken);
    }

    [Fact]
    public async Task Hold_runs_the_voucher_checks()
    {
        ValidationAssert.Single(await Demo.HoldAsync("NOPE000001"), "voucher_no", "Sorry, that voucher number is invalid.");
        ValidationAssert.Single(await Demo.HoldAsync(MockSeed.SisterVoucherNo), "voucher_no", "This voucher does not belong to your company");
        ValidationAssert.Single(await Demo.HoldAsync(MockSeed.Expired), "voucher_no", "The voucher number provided has expired.");
        ValidationAssert.Single(await Demo.HoldAsync(MockSeed.NotYetValid), "voucher_no", "The voucher number provided has expired.");
        ValidationAssert.Single(await Demo.HoldAsync(MockSeed.FullyRedeemed), "voucher_no", "Sorry this voucher has already been redeemed.");
        ValidationAssert.Single(await Demo.PostTextAsync("redeem/hold", "{}"), "voucher_no", "The voucher no field is required.");
    }

    [Fact]
    public async Task An_experience_voucher_can_be_held_and_redeemed_with_its_token()
    {
        var token = await HoldTokenAsync(MockSeed.ExperienceUnused);

        var answer = await Demo.RedeemAsync(MockSeed.ExperienceUnused, MockSeed.DemoSite, 4m, token);

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        Assert.Null((await Control.GetIssuedVouchersAsync()).Single(v => v.VoucherNo == MockSeed.ExperienceUnused).Hold);
    }
}

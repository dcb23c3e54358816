using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using SmartGift.MockServer.Tests.Infrastructure;
using SmartGift.Testing;

namespace SmartGift.MockServer.Tests;

public sealed class ControlTests : MockServerTest<FrozenClockFixture>
{
    public ControlTests(FrozenClockFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public async Task Reset_returns_to_the_seed()
    {
        await Demo.SellAsync(SaleBodies.Example());
        await Demo.RedeemAsync(MockSeed.Monetary100, MockSeed.DemoSite, 10m);
        await Demo.HoldAsync(MockSeed.PartlyRedeemed);
        await Control.AdvanceClockAsync(TimeSpan.FromDays(3));
        await Control.SetRateLimitAsync(5, TimeSpan.FromSeconds(10));

        await Control.ResetAsync();

        Assert.Empty(await Control.GetOrdersAsync());
        Assert.Empty(await Control.GetRedemptionsAsync());
        Assert.Empty(await Control.GetRequestsAsync());
        var vouchers = await Control.GetIssuedVouchersAsync();
        Assert.Equal(8, vouchers.Count);
        Assert.Equal(100m, vouchers.Single(v => v.VoucherNo == MockSeed.Monetary100).Balance);
        Assert.Null(vouchers.Single(v => v.VoucherNo == MockSeed.PartlyRedeemed).Hold);
        Assert.Equal(FrozenClockFixture.Start, await Control.GetNowAsync());
        Assert.Equal("60", (await Demo.GetAnswerAsync("vouchers")).Header("X-RateLimit-Limit"));
        Assert.Equal("{\"data\":{\"order_id\":\"123\"}}", (await Demo.SellAsync(SaleBodies.Example())).Text);
    }

    [Fact]
    public async Task Seeded_vouchers_are_as_documented()
    {
        var vouchers = (await Control.GetIssuedVouchersAsync()).ToDictionary(v => v.VoucherNo);
        var now = FrozenClockFixture.Start;

        Assert.Equal((100m, (decimal?)100m), (vouchers["DEMO000001"].Value, vouchers["DEMO000001"].Balance));
        Assert.Equal((100m, (decimal?)50m), (vouchers["DEMO000002"].Value, vouchers["DEMO000002"].Balance));
        Assert.True(vouchers["DEMO000003"].FullyRedeemed);
        Assert.Equal(now.AddDays(-1), vouchers["DEMO000004"].ValidUntil);
        Assert.True(vouchers["DEMO000005"].ValidFrom > now.AddDays(364));
        Assert.Equal("experience", vouchers["DEMO000006"].Type);
        Assert.All(vouchers["DEMO000006"].Experiences, e => Assert.False(e.Used));
        Assert.Equal(new[] { "Lunch" }, vouchers["DEMO000007"].Experiences.Where(e => e.Used).Select(e => e.Name));
        Assert.Equal((MockSeed.SisterCompany, (decimal?)25m), (vouchers["SIST000001"].Company, vouchers["SIST000001"].Balance));
    }

    [Fact]
    public async Task Clock_can_be_set_advanced_and_read()
    {
        var set = await Control.SetClockAsync(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var advanced = await Control.AdvanceClockAsync(TimeSpan.FromHours(2));

        Assert.Equal(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), set);
        Assert.Equal(new DateTimeOffset(2030, 1, 1, 2, 0, 0, TimeSpan.Zero), advanced);
        Assert.Equal(advanced, await Control.GetNowAsync());
    }

    [Fact]
    public async Task A_bad_clock_body_is_refused()
    {
        using var client = Fixture.CreateClient(null);

        var answer = await client.PostTextAsync("_mock/clock", "{\"now\":\"yesterday-ish\"}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(FrozenClockFixture.Start, await Control.GetNowAsync());
    }

    [Fact]
    public async Task Requests_are_logged_with_the_key_masked()
    {
        await Demo.GetAnswerAsync("vouchers");
        await Sister.RedeemAsync("NOPE000001", "3", 1m);
        using (var anonymous = Fixture.CreateClient(null))
        {
            await anonymous.GetAnswerAsync("payment-methods");
        }

        var requests = await Control.GetRequestsAsync();

        Assert.Equal(
            new[] { ("GET", "/vouchers", 200, "sk_...demo"), ("POST", "/redeem", 422, "sk_...ster"), ("GET", "/payment-methods", 401, (string?)null) },
            requests.Select(r => (r.Method, r.Path, r.Status, r.Key)));
        Assert.All(requests, r => Assert.Equal(FrozenClockFixture.Start, r.Time));
        var raw = (await Control.GetJsonAsync("_mock/requests")).GetRawText();
        Assert.DoesNotContain(MockSeed.DemoKey, raw);
        Assert.DoesNotContain(MockSeed.SisterKey, raw);
    }

    [Fact]
    public async Task Controls_are_not_logged_as_requests()
    {
        await Control.GetNowAsync();
        await Control.GetOrdersAsync();

        Assert.Empty(await Control.GetRequestsAsync());
    }

    [Fact]
    public async Task Rate_limit_control_validates_its_body()
    {
        using var client = Fixture.CreateClient(null);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostTextAsync("_mock/rate-limit", "{\"limit\":0}")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostTextAsync("_mock/rate-limit", "{\"limit\":5,\"window_seconds\":-1}")).Status);
        var answer = await client.PostTextAsync("_mock/rate-limit", "{\"limit\":20,\"window_seconds\":30}");
        Assert.Equal("{\"limit\":20,\"window_seconds\":30}", answer.Text);
    }
}

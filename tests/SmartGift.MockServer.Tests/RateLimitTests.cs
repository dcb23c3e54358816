using System;
using System.Globalization;
using System.Net;
using System.Threading.Tasks;
using SmartGift.MockServer.Tests.Infrastructure;
using SmartGift.Testing;

namespace SmartGift.MockServer.Tests;

public sealed class RateLimitTests : MockServerTest<FrozenClockFixture>
{
    public RateLimitTests(FrozenClockFixture fixture)
        : base(fixture)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Control.SetRateLimitAsync(3, TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Remaining_counts_down_on_every_answer()
    {
        var remaining = new[]
        {
            (await Demo.GetAnswerAsync("vouchers")).Header("X-RateLimit-Remaining"),
            (await Demo.RedeemAsync("NOPE000001", "1", 1m)).Header("X-RateLimit-Remaining"),
            (await Demo.GetAnswerAsync("payment-methods")).Header("X-RateLimit-Remaining"),
        };

        Assert.Equal(new[] { "2", "1", "0" }, remaining);
    }

    [Fact]
    public async Task Over_the_limit_is_a_429_with_retry_headers()
    {
        await Control.SetClockAsync(FrozenClockFixture.Start);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Demo.GetAnswerAsync("vouchers")).Status);
        }

        await Control.AdvanceClockAsync(TimeSpan.FromSeconds(20));
        var refused = await Demo.RedeemAsync(MockSeed.Monetary100, MockSeed.DemoSite, 10m);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("{\"message\":\"Too Many Attempts.\"}", refused.Text);
        Assert.Equal("3", refused.Header("X-RateLimit-Limit"));
        Assert.Equal("0", refused.Header("X-RateLimit-Remaining"));
        Assert.Equal("40", refused.Header("Retry-After"));
        Assert.Equal(FrozenClockFixture.Start.AddSeconds(60).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), refused.Header("X-RateLimit-Reset"));
        Assert.Empty(await Control.GetRedemptionsAsync());
    }

    [Fact]
    public async Task The_window_resets_when_the_clock_passes_its_end()
    {
        for (var i = 0; i < 3; i++)
        {
            await Demo.GetAnswerAsync("vouchers");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await Demo.GetAnswerAsync("vouchers")).Status);
        await Control.AdvanceClockAsync(TimeSpan.FromSeconds(59));
        var stillRefused = await Demo.GetAnswerAsync("vouchers");
        Assert.Equal(HttpStatusCode.TooManyRequests, stillRefused.Status);
        Assert.Equal("1", stillRefused.Header("Retry-After"));

        await Control.AdvanceClockAsync(TimeSpan.FromSeconds(1));
        var allowed = await Demo.GetAnswerAsync("vouchers");
        Assert.Equal(HttpStatusCode.OK, allowed.Status);
        Assert.Equal("2", allowed.Header("X-RateLimit-Remaining"));
    }

    [Fact]
    public async Task Each_key_has_its_own_window()
    {
        for (var i = 0; i < 4; i++)
        {
            await Demo.GetAnswerAsync("vouchers");
        }

        var sister = await Sister.GetAnswerAsync("vouchers");

        Assert.Equal(HttpStatusCode.OK, sister.Status);
        Assert.Equal("2", sister.Header("X-RateLimit-Remaining"));
    }

    [Fact]
    public async Task Validation_errors_count_and_carry_the_headers()
    {
        var answer = await Demo.PostTextAsync("redeem", "{}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("3", answer.Header("X-RateLimit-Limit"));
        Assert.Equal("2", answer.Header("X-RateLimit-Remaining"));
    }

    [Fact]
    public async Task Controls_are_not_rate_limited()
    {
        for (var i = 0; i < 10; i++)
        {
            await Control.GetNowAsync();
        }

        var answer = await Demo.GetAnswerAsync("vouchers");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("2", answer.Header("X-RateLimit-Remaining"));
    }

    [Fact]
    public async Task Every_answer_has_a_date_from_the_simulator_clock()
    {
        var now = await Control.SetClockAsync(new DateTimeOffset(2031, 3, 4, 5, 6, 7, TimeSpan.Zero));

        var answer = await Demo.GetAnswerAsync("vouchers");
        using var anonymous = Fixture.CreateClient(null);
        var refused = await anonymous.GetAnswerAsync("vouchers");

        Assert.Equal("Tue, 04 Mar 2031 05:06:07 GMT", answer.Header("Date"));
        Assert.Equal("Tue, 04 Mar 2031 05:06:07 GMT", refused.Header("Date"));
        Assert.Equal(new DateTimeOffset(2031, 3, 4, 5, 6, 7, TimeSpan.Zero), now);
    }

    [Fact]
    public async Task The_default_limit_is_60_a_minute()
    {
        await Control.ResetAsync();

        var answer = await Demo.GetAnswerAsync("vouchers");

        Assert.Equal("60", answer.Header("X-RateLimit-Limit"));
        Assert.Equal("59", answer.Header("X-RateLimit-Remaining"));
        Assert.Equal(60d, (await Control.GetJsonAsync("_mock/rate-limit")).GetProperty("window_seconds").GetDouble());
    }
}

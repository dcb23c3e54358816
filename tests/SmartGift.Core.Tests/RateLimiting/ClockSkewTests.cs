using System;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Core.Tests.Client;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.RateLimiting;

/// <summary>The governor works in the server's time (from Date), so a wrong local clock changes nothing.</summary>
public class ClockSkewTests : MockApiTest
{
    public ClockSkewTests(FrozenMockFixture fixture) : base(fixture) { }

    [Theory]
    [InlineData(-2)]
    [InlineData(3)]
    public async Task Waits_are_measured_on_the_servers_clock_when_the_local_one_is_hours_off(int hours)
    {
        Time.Offset = TimeSpan.FromHours(hours);
        await Control.SetRateLimitAsync(4, TimeSpan.FromSeconds(30));
        var client = NewClient();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.GetVouchersAsync()));

        Assert.Equal(2, Time.Waits.Count);
        // The first answer's Date starts the window; it is assumed to last 60 s (plus a second of Date rounding).
        Assert.All(Time.Waits, w => Assert.InRange(w.TotalSeconds, 55, 62));
        Assert.DoesNotContain(await Control.GetRequestsAsync(), r => r.Status == 429);
    }

    [Fact]
    public async Task A_hold_expires_by_the_servers_clock_not_the_local_one()
    {
        Time.Offset = TimeSpan.FromHours(-5);
        var client = NewClient();
        var hold = await client.HoldAsync(MockSeed.Monetary100);

        var held = (await Control.GetIssuedVouchersAsync()).Single(v => v.VoucherNo == MockSeed.Monetary100).Hold!;
        Assert.InRange(held.ExpiresAt - hold.ExpiresAt, TimeSpan.Zero, TimeSpan.FromSeconds(1));
    }
}

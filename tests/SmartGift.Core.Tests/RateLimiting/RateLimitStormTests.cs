using System;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Core.Tests.Client;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.RateLimiting;

/// <summary>A 429 means "not processed, come back later": waited out (even for a write) up to the caller's limits.</summary>
public class RateLimitStormTests : MockApiTest
{
    public RateLimitStormTests(FrozenMockFixture fixture) : base(fixture) { }

    [Fact]
    public async Task A_storm_of_429s_is_waited_out_and_the_read_succeeds()
    {
        var client = NewClient();
        await Control.AddFaultAsync(MockFault.FailBefore("GET", "/vouchers", 429, count: 3));

        var vouchers = await client.GetVouchersAsync();

        Assert.NotEmpty(vouchers.Items);
        var statuses = (await Control.GetRequestsAsync()).Select(r => r.Status).ToList();
        Assert.Equal(new[] { 429, 429, 429, 200 }, statuses);
        Assert.Equal(3, Time.Waits.Count);
        Assert.Equal(3, Notices.Count);
        Assert.All(Notices, n => Assert.StartsWith("waiting ", n.Reason));
    }

    [Fact]
    public async Task A_sale_met_by_429s_is_re_sent_after_the_wait_and_sold_once()
    {
        var client = NewClient();
        await Control.AddFaultAsync(MockFault.FailBefore("POST", "/pos-sale", 429, count: 2));

        var answer = await client.SellAsync(ExampleSale("storm-1"));

        var order = Assert.Single(await Control.GetOrdersAsync());
        Assert.Equal(answer.OrderId, order.OrderId);
        Assert.Equal(3, (await Control.GetRequestsAsync()).Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task Too_many_429s_in_a_row_is_RateLimited()
    {
        var client = NewClient(configure: o => o.MaxRateLimitRetries = 2);
        await Control.AddFaultAsync(MockFault.FailBefore("POST", "/redeem", 429));

        var e = await FailsWith(SmartGiftErrorKind.RateLimited, () => client.RedeemAsync(new RedeemRequest { VoucherNumber = MockSeed.Monetary100, SiteId = "1", Amount = 1m }));

        Assert.Equal(429, e.Error.StatusCode);
        Assert.False(e.Error.IsPermanent);
        Assert.Equal(3, (await Control.GetRequestsAsync()).Count);
        Assert.Empty(await Control.GetRedemptionsAsync());
    }

    [Fact]
    public async Task A_server_wait_beyond_MaxRateLimitWait_is_RateLimited_without_waiting()
    {
        await Control.SetRateLimitAsync(100, TimeSpan.FromHours(1));
        var client = NewClient(configure: o => o.MaxRateLimitWait = TimeSpan.FromMinutes(1));
        await Control.AddFaultAsync(MockFault.FailBefore("GET", "/vouchers", 429, count: 1));

        var e = await FailsWith(SmartGiftErrorKind.RateLimited, () => client.GetVouchersAsync());

        Assert.Contains("MaxRateLimitWait", e.Error.Message);
        Assert.Empty(Time.Waits);
    }

    [Fact]
    public async Task The_window_is_learnt_from_a_429_when_answers_do_not_say()
    {
        // A 20 s window: the first 429 teaches it, so later waits are about 20 s, not the assumed 60.
        await Control.SetRateLimitAsync(3, TimeSpan.FromSeconds(20));
        var client = NewClient();
        await client.GetPaymentMethodsAsync();
        // Another process with the same key spends the rest of the window behind the governor's back.
        using (var other = Fixture.CreateClient())
        {
            await other.GetAsync("payment-methods");
            await other.GetAsync("payment-methods");
        }

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.GetPaymentMethodsAsync()));

        Assert.Equal(TimeSpan.FromSeconds(20), client.Governor.Window);
        Assert.NotEmpty(Time.Waits);
        Assert.All(Time.Waits, w => Assert.True(w <= TimeSpan.FromSeconds(22), "wait " + w));
        Assert.Contains(await Control.GetRequestsAsync(), r => r.Status == 429);
    }
}

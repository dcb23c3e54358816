using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using SmartGift.MockServer.Tests.Infrastructure;
using SmartGift.Testing;

namespace SmartGift.MockServer.Tests;

public sealed class ConcurrencyTests : MockServerTest
{
    public ConcurrencyTests(MockServerFixture fixture)
        : base(fixture)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Control.SetRateLimitAsync(1000, TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Fifty_parallel_redemptions_never_overspend()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Demo.RedeemAsync(MockSeed.Monetary100, MockSeed.DemoSite, 7m)));

        var accepted = answers.Count(a => a.Status == HttpStatusCode.OK);
        Assert.Equal(14, accepted); // 14 x 7.00 = 98.00; a 15th would overspend 100.00
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.OK), a =>
            ValidationAssert.Single(a, "value", "The value must not be more than the voucher's remaining balance of 2.00."));
        var voucher = (await Control.GetIssuedVouchersAsync()).Single(v => v.VoucherNo == MockSeed.Monetary100);
        Assert.Equal(2m, voucher.Balance);
        var redemptions = await Control.GetRedemptionsAsync();
        Assert.Equal(98m, redemptions.Sum(r => r.Amount));
        Assert.Equal(redemptions.Count, redemptions.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public async Task Fifty_parallel_redemptions_of_the_whole_balance_succeed_once()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Demo.RedeemAsync(MockSeed.PartlyRedeemed, MockSeed.DemoSite, 50m)));

        Assert.Single(answers, a => a.Status == HttpStatusCode.OK);
        Assert.Equal(49, answers.Count(a => a.Status == HttpStatusCode.UnprocessableEntity && a.Errors("voucher_no")[0] == "Sorry this voucher has already been redeemed."));
    }

    [Fact]
    public async Task Parallel_experience_redemptions_use_each_experience_once()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Demo.RedeemAsync(MockSeed.ExperienceUnused, MockSeed.DemoSite, 1 << (i % 4))));

        Assert.Equal(4, answers.Count(a => a.Status == HttpStatusCode.OK));
        Assert.Equal(new[] { 1, 2, 4, 8 }, (await Control.GetRedemptionsAsync()).Select(r => r.BitValue!.Value).OrderBy(b => b));
    }

    [Fact]
    public async Task Two_parallel_holds_give_exactly_one_token()
    {
        for (var round = 0; round < 10; round++)
        {
            await Control.ResetAsync();
            await Control.SetRateLimitAsync(1000, TimeSpan.FromSeconds(60));
            var answers = await Task.WhenAll(Demo.HoldAsync(MockSeed.Monetary100), Demo.HoldAsync(MockSeed.Monetary100));

            var held = Assert.Single(answers, a => a.Status == HttpStatusCode.OK);
            var refused = Assert.Single(answers, a => a.Status != HttpStatusCode.OK);
            ValidationAssert.Single(refused, "voucher_no", "Voucher is already held");
            Assert.Equal(held.Json.GetProperty("hold_token").GetString(), (await Control.GetIssuedVouchersAsync()).Single(v => v.VoucherNo == MockSeed.Monetary100).Hold!.HoldToken);
        }
    }

    [Fact]
    public async Task Parallel_sales_with_one_order_id_get_distinct_ids_and_vouchers()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Demo.SellAsync(SaleBodies.Example())));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        var ids = answers.Select(a => a.Json.GetProperty("data").GetProperty("order_id").GetString()).ToArray();
        Assert.Equal(20, ids.Distinct().Count());
        Assert.Contains("123", ids);
        var orders = await Control.GetOrdersAsync();
        Assert.Equal(20, orders.SelectMany(o => o.VoucherNumbers).Distinct().Count());
    }
}

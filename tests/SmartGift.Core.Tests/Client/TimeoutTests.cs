using System;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Client;

/// <summary>The per-attempt timeout (its own server: the slow request is aborted, not left to land in another test).</summary>
public class TimeoutTests : MockApiTest
{
    public TimeoutTests(FrozenMockFixture fixture) : base(fixture) { }

    [Fact]
    public async Task A_write_that_times_out_is_OutcomeUnknown_and_not_re_sent()
    {
        var client = NewClient(configure: o => o.Timeout = TimeSpan.FromMilliseconds(300));
        await Control.AddFaultAsync(MockFault.Latency("POST", "/redeem", 10000));

        var e = await FailsWith(SmartGiftErrorKind.OutcomeUnknown, () => client.RedeemAsync(new RedeemRequest { VoucherNumber = MockSeed.Monetary100, SiteId = "1", Amount = 5m }));

        Assert.Contains("no answer came within", e.Error.Message);
        Assert.Empty(Time.Waits);
    }

    [Fact]
    public async Task A_read_that_times_out_is_retried_then_answered()
    {
        var client = NewClient(configure: o => o.Timeout = TimeSpan.FromMilliseconds(300));
        await Control.AddFaultAsync(MockFault.Latency("GET", "/payment-methods", 10000, count: 1));

        var methods = await client.GetPaymentMethodsAsync();

        Assert.NotEmpty(methods.Items);
        Assert.Single(Time.Waits);
    }
}

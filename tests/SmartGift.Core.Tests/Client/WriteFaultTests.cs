using System;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Client;

/// <summary>
/// DESIGN 5: a write that may have reached the server is OutcomeUnknown and never re-sent.
/// The mock processes the request and then fails the answer; it must hold exactly one record.
/// </summary>
public class WriteFaultTests : MockApiTest
{
    public WriteFaultTests(FrozenMockFixture fixture) : base(fixture) { }

    public static TheoryData<string, string> CommitThenFail()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in new[] { "fail_after", "drop_after", "malformed_after", "html_after" })
        foreach (var write in new[] { "sale", "redeem", "hold" })
            data.Add(kind, write);
        return data;
    }

    [Theory]
    [MemberData(nameof(CommitThenFail))]
    public async Task A_failure_after_processing_is_OutcomeUnknown_and_the_server_holds_exactly_one(string kind, string write)
    {
        var client = NewClient();
        await Control.AddFaultAsync(new MockFault("POST", PathOf(write), kind));

        var e = await FailsWith(SmartGiftErrorKind.OutcomeUnknown, () => Send(client, write));

        Assert.Contains("may have been processed", e.Error.Message);
        Assert.Equal(PathOf(write), e.Error.RequestPath);
        Assert.Equal(1, await CountRecords(write));
        var posts = (await Control.GetRequestsAsync()).Where(r => r.Method == "POST").ToList();
        Assert.Single(posts);
        Assert.DoesNotContain("Json", e.Message);
    }

    [Theory]
    [InlineData("html_before", "sale")]
    [InlineData("html_before", "redeem")]
    [InlineData("fail_before", "sale")]
    [InlineData("fail_before", "hold")]
    public async Task A_failure_before_processing_is_still_OutcomeUnknown_and_not_re_sent(string kind, string write)
    {
        // The client cannot tell "before" from "after": a 5xx or a proxy page may follow processing.
        var client = NewClient();
        await Control.AddFaultAsync(new MockFault("POST", PathOf(write), kind) { Status = kind == "fail_before" ? 500 : null });

        var e = await FailsWith(SmartGiftErrorKind.OutcomeUnknown, () => Send(client, write));

        Assert.Equal(kind == "html_before" ? 502 : 500, e.Error.StatusCode);
        Assert.Equal(0, await CountRecords(write));
        Assert.Single(await Control.GetRequestsAsync(), r => r.Method == "POST");
        Assert.Empty(Time.Waits);
    }

    [Fact]
    public async Task An_html_answer_is_described_not_thrown_as_json()
    {
        var client = NewClient();
        await Control.AddFaultAsync(MockFault.HtmlAfter("POST", "/pos-sale"));

        var e = await FailsWith(SmartGiftErrorKind.OutcomeUnknown, () => client.SellAsync(ExampleSale()));

        Assert.Contains("502", e.Error.Message);
        Assert.Contains("502 Bad Gateway", e.Error.Message);
    }

    private static string PathOf(string write) => write switch
    {
        "sale" => "/pos-sale",
        "redeem" => "/redeem",
        _ => "/redeem/hold",
    };

    private static Task Send(SmartGiftClient client, string write) => write switch
    {
        "sale" => client.SellAsync(ExampleSale()),
        "redeem" => client.RedeemAsync(new RedeemRequest { VoucherNumber = MockSeed.Monetary100, SiteId = MockSeed.DemoSite, Amount = 10m }),
        _ => client.HoldAsync(MockSeed.Monetary100),
    };

    private async Task<int> CountRecords(string write) => write switch
    {
        "sale" => (await Control.GetOrdersAsync()).Count,
        "redeem" => (await Control.GetRedemptionsAsync()).Count,
        _ => (await Control.GetIssuedVouchersAsync()).Count(v => v.Hold != null),
    };
}

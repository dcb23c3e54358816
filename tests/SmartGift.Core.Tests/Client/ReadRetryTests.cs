using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Client;

/// <summary>GETs are retried on 5xx and unreadable answers with backoff (no sleeping: the backoff moves the mock clock).</summary>
public class ReadRetryTests : MockApiTest
{
    public ReadRetryTests(FrozenMockFixture fixture) : base(fixture) { }

    [Fact]
    public async Task Two_500s_then_success()
    {
        var client = NewClient();
        await Control.AddFaultAsync(MockFault.FailBefore("GET", "/vouchers", 500, count: 2));

        var vouchers = await client.GetVouchersAsync();

        Assert.NotEmpty(vouchers.Items);
        var statuses = (await Control.GetRequestsAsync()).Where(r => r.Path == "/vouchers").Select(r => r.Status).ToList();
        Assert.Equal(new[] { 500, 500, 200 }, statuses);
        Assert.Equal(2, Time.Waits.Count);
        // Exponential backoff with jitter from a one-second base: short waits, never the rate window.
        Assert.All(Time.Waits, w => Assert.InRange(w.TotalSeconds, 0.01, 30));
    }

    [Fact]
    public async Task Exhausted_retries_are_ServerError()
    {
        var client = NewClient(configure: o => o.MaxGetAttempts = 3);
        await Control.AddFaultAsync(MockFault.FailBefore("GET", "/vouchers", 503));

        var e = await FailsWith(SmartGiftErrorKind.ServerError, () => client.GetVouchersAsync());

        Assert.Equal(503, e.Error.StatusCode);
        Assert.Equal("GET", e.Error.RequestMethod);
        Assert.Equal("/vouchers", e.Error.RequestPath);
        Assert.Equal(3, (await Control.GetRequestsAsync()).Count(r => r.Path == "/vouchers"));
        Assert.Equal(2, Time.Waits.Count);
    }

    [Fact]
    public async Task Malformed_and_html_answers_to_a_read_are_retried()
    {
        var client = NewClient();
        await Control.AddFaultAsync(MockFault.MalformedAfter("GET", "/payment-methods", count: 1));
        await Control.AddFaultAsync(MockFault.HtmlBefore("GET", "/payment-methods", count: 1));

        var methods = await client.GetPaymentMethodsAsync();

        Assert.Contains(methods.Items, m => m.Name == "Cash");
        Assert.Equal(3, (await Control.GetRequestsAsync()).Count(r => r.Path == "/payment-methods"));
    }

    [Fact]
    public async Task A_401_to_a_read_is_not_retried()
    {
        var client = NewClient("sk_test_unknown_zz99");
        await FailsWith(SmartGiftErrorKind.Unauthenticated, () => client.GetVouchersAsync());

        Assert.Single(await Control.GetRequestsAsync());
        Assert.Empty(Time.Waits);
    }
}

using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SmartGift.Core.Tests.Client;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.RateLimiting;

/// <summary>
/// The 429 wait is a retry strategy of the pipeline (RateLimitRetry). These run on the real
/// clock with a server that asks for a long wait, and end the wait from the host's notice: a
/// wait that did not end would retry after about a minute and fail the asserts, never hang.
/// </summary>
public class RateLimitRetryTests : MockApiTest
{
    public RateLimitRetryTests(FrozenMockFixture fixture) : base(fixture) { }

    [Fact]
    public async Task A_write_stopped_during_a_429_wait_is_not_sent_again()
    {
        await Control.SetRateLimitAsync(100, TimeSpan.FromSeconds(90));
        var client = NewClient(configure: o => o.TimeProvider = TimeProvider.System);
        await Control.AddFaultAsync(MockFault.FailBefore("POST", "/pos-sale", 429, count: 1));
        using var stop = new CancellationTokenSource();
        RateLimitNotice? told = null;
        // The event the imports turn into a countdown: the stop comes while the wait runs.
        client.RateLimitWaiting += notice => { told = notice; stop.Cancel(); };
        var left = 0;
        var hooks = new WriteHooks(() => { left++; return null; }, stop.Token);
        var sale = ExampleSale("stopped-429");

        var answer = await client.SellAnswerAsync(sale, SmartGift.WireJson.Body(sale), hooks, CancellationToken.None);

        Assert.Null(answer.Value);
        Assert.Null(answer.Error);
        Assert.Contains("rate limit", answer.NotSent);
        Assert.NotNull(told);
        Assert.StartsWith("waiting ", told!.Reason);
        Assert.True(told.Delay > TimeSpan.FromSeconds(30), "the server asked for the rest of a 90 s window, got " + told.Delay);
        Assert.Equal(1, left);
        Assert.Single(await Control.GetRequestsAsync(), r => r.Method == "POST");
        Assert.Empty(await Control.GetOrdersAsync());
    }

    [Fact]
    public async Task A_read_cancelled_during_a_429_wait_ends_cancelled_without_another_request()
    {
        await Control.SetRateLimitAsync(100, TimeSpan.FromSeconds(90));
        using var cancel = new CancellationTokenSource();
        var client = NewClient(configure: o =>
        {
            o.TimeProvider = TimeProvider.System;
            o.OnRateLimitWait = _ => cancel.Cancel();
        });
        await Control.AddFaultAsync(MockFault.FailBefore("GET", "/vouchers", 429, count: 1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetVouchersAsync(cancel.Token));

        Assert.Single(await Control.GetRequestsAsync());
    }

    [Fact]
    public async Task A_429_does_not_spend_a_GET_attempt()
    {
        // One attempt in all: 429s are waited out inside it, as many as MaxRateLimitRetries allows.
        var client = NewClient(configure: o => o.MaxGetAttempts = 1);
        await Control.AddFaultAsync(MockFault.FailBefore("GET", "/payment-methods", 429, count: 2));

        var methods = await client.GetPaymentMethodsAsync();

        Assert.NotEmpty(methods.Items);
        Assert.Equal(new[] { 429, 429, 200 }, (await Control.GetRequestsAsync()).Select(r => r.Status));
        Assert.Equal(2, Notices.Count);
    }
}

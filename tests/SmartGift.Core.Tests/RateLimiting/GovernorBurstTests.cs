using System;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Core.Tests.Client;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.RateLimiting;

/// <summary>
/// DESIGN 7 over real HTTP: a burst far above the limit runs at the allowed rate without a
/// 429, overlapping requests within each window. Waiting moves the mock clock; nothing sleeps.
/// </summary>
public class GovernorBurstTests : MockApiTest
{
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public GovernorBurstTests(FrozenMockFixture fixture, Xunit.Abstractions.ITestOutputHelper output) : base(fixture) { _output = output; }

    [Fact]
    public async Task Two_hundred_requests_under_a_limit_of_twenty_never_meet_a_429()
    {
        await Control.SetRateLimitAsync(20, TimeSpan.FromSeconds(60));
        // Two clients of one key share one governor, as a session and a bulk import would.
        var first = NewClient();
        var second = NewClient();
        Assert.Same(first.Governor, second.Governor);

        var calls = Enumerable.Range(0, 200).Select(i => (i % 2 == 0 ? first : second).GetPaymentMethodsAsync()).ToArray();
        var answers = await Task.WhenAll(calls);

        Assert.All(answers, a => Assert.NotEmpty(a.Items));
        var requests = (await Control.GetRequestsAsync()).Where(r => r.Path == "/payment-methods").ToList();
        _output.WriteLine("requests " + requests.Count + ", 429s " + requests.Count(r => r.Status == 429) + ", waits " + Time.Waits.Count
            + " (" + string.Join(", ", Time.Waits.Select(w => w.TotalSeconds + " s")) + "), notices " + Notices.Count + ", peak in flight " + first.Governor.PeakInFlight
            + ", simulated time " + Time.Waits.Aggregate(TimeSpan.Zero, (a, w) => a + w));
        if (Notices.Count > 0) _output.WriteLine("first notice: " + Notices[0].Reason);
        Assert.Equal(200, requests.Count);
        Assert.Equal(0, requests.Count(r => r.Status == 429));
        // 200 requests in windows of 20: nine waits for the next window, each told to the host.
        Assert.Equal(9, Time.Waits.Count);
        Assert.All(Time.Waits, w => Assert.InRange(w.TotalSeconds, 55, 63));
        Assert.True(Notices.Count >= 9, "notices: " + Notices.Count);
        Assert.Contains(Notices, n => n.Reason.Contains("for the rate limit (0 of 20 left"));
        Assert.True(first.Governor.PeakInFlight > 1, "requests overlapped (peak " + first.Governor.PeakInFlight + ")");
        Assert.True(first.Governor.PeakInFlight <= 20);
    }

    [Fact]
    public async Task Requests_in_flight_count_against_the_window()
    {
        await Control.SetRateLimitAsync(5, TimeSpan.FromSeconds(30));
        var client = NewClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.GetVouchersAsync()));

        Assert.Equal(12, answers.Length);
        var requests = (await Control.GetRequestsAsync()).ToList();
        Assert.DoesNotContain(requests, r => r.Status == 429);
        Assert.Equal(2, Time.Waits.Count);
    }
}

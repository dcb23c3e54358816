using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SmartGift.MockServer.Http;
using SmartGift.Testing;

namespace SmartGift.MockServer.Tests;

public sealed class LoopbackControlTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("192.0.2.10", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("2001:db8::1", false)]
    public void Only_loopback_callers_reach_the_controls(string address, bool allowed)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);

        Assert.Equal(allowed, LoopbackOnlyFilter.IsLoopback(context));
    }

    [Fact]
    public async Task A_loopback_caller_reaches_the_controls_over_real_http()
    {
        // Only loopback traffic is allowed on these machines, so the refusal of other
        // addresses is checked on the filter above, not by calling in from another interface.
        await using var host = await MockServerHost.StartAsync(new MockServerOptions());
        using var local = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = host.BaseAddress };

        Assert.Equal(HttpStatusCode.OK, (await local.GetAsync("_mock/clock")).StatusCode);
    }
}

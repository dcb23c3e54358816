using System;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using SmartGift.MockServer;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Client;

/// <summary>A connection that is refused never carried the request: Network, and the only failure after which a write is re-sent.</summary>
public class NetworkTests : MockApiTest
{
    public NetworkTests(FrozenMockFixture fixture) : base(fixture) { }

    /// <summary>A loopback port with nothing listening (bound by the OS, then released).</summary>
    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private SmartGiftClient ClientFor(Uri baseUri)
    {
        var options = Options(baseUri: baseUri);
        return new SmartGiftClient(options);
    }

    [Fact]
    public async Task A_refused_read_is_retried_then_Network()
    {
        using var client = ClientFor(new Uri("http://127.0.0.1:" + FreePort() + "/"));
        var e = await FailsWith(SmartGiftErrorKind.Network, () => client.GetVouchersAsync());

        Assert.Contains("connection refused", e.Error.Message);
        Assert.Null(e.Error.StatusCode);
        Assert.Equal(client.Options.MaxGetAttempts - 1, Time.Waits.Count);
    }

    [Fact]
    public async Task A_refused_write_is_retried_and_is_Network_when_it_never_connects()
    {
        using var client = ClientFor(new Uri("http://127.0.0.1:" + FreePort() + "/"));
        var e = await FailsWith(SmartGiftErrorKind.Network, () => client.SellAsync(ExampleSale()));

        Assert.Contains("was not sent", e.Error.Message);
        Assert.False(e.Error.IsPermanent);
        Assert.Equal(client.Options.MaxGetAttempts - 1, Time.Waits.Count);
    }

    [Fact]
    public async Task A_refused_write_is_re_sent_once_the_server_is_up_and_sold_once()
    {
        var port = FreePort();
        MockServerHost? late = null;
        // The server comes up during the client's first backoff wait.
        Time.DuringWait = async _ => late ??= await MockServerHost.StartAsync(new MockServerOptions { Urls = "http://127.0.0.1:" + port });
        try
        {
            using var client = ClientFor(new Uri("http://127.0.0.1:" + port + "/"));
            var answer = await client.SellAsync(ExampleSale("late-1"));

            Assert.NotNull(late);
            using var http = new System.Net.Http.HttpClient { BaseAddress = late!.BaseAddress };
            var orders = await new MockControl(http).GetOrdersAsync();
            var order = Assert.Single(orders);
            Assert.Equal(answer.OrderId, order.OrderId);
            Assert.Single(Time.Waits);
        }
        finally
        {
            if (late != null) await late.DisposeAsync();
        }
    }
}

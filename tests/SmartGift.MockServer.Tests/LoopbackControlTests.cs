using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SmartGift.MockServer.Http;
using SmartGift.Testing;

namespace SmartGift.MockServer.Tests
{
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
        public async Task A_caller_from_another_address_gets_404_over_real_http()
        {
            // Reaching the server from a non-loopback address needs one on this machine; the
            // filter itself is checked above for machines without one.
            var external = NetworkInterface.GetAllNetworkInterfaces()
                .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
                .SelectMany(n => n.GetIPProperties().UnicastAddresses)
                .Select(a => a.Address)
                .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
            await using var host = await MockServerHost.StartAsync(new MockServerOptions { Urls = "http://0.0.0.0:0" });
            using var local = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = host.BaseAddress };

            Assert.Equal(HttpStatusCode.OK, (await local.GetAsync("_mock/clock")).StatusCode);
            if (external == null)
            {
                return;
            }

            using var remote = new HttpClient(new SocketsHttpHandler { UseProxy = false })
            {
                BaseAddress = new Uri($"http://{external}:{host.BaseAddress.Port}/"),
            };
            remote.DefaultRequestHeaders.Add("Smart-Auth", MockSeed.DemoKey);

            var control = await remote.GetAsync("_mock/clock");
            var reset = await remote.PostAsync("_mock/reset", null);
            var api = await remote.GetAsync("vouchers");

            Assert.Equal(HttpStatusCode.NotFound, control.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, reset.StatusCode);
            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        }
    }
}

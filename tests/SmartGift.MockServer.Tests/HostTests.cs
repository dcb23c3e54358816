using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SmartGift.MockServer.Tests.Infrastructure;
using SmartGift.Testing;

namespace SmartGift.MockServer.Tests;

public sealed class HostTests
{
    [Fact]
    public async Task Start_binds_loopback_on_an_os_assigned_port_and_dispose_stops_it()
    {
        var host = await MockServerHost.StartAsync(new MockServerOptions());
        var address = host.BaseAddress;
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = address };

        Assert.Equal("127.0.0.1", address.Host);
        Assert.NotEqual(0, address.Port);
        Assert.EndsWith("/", address.AbsoluteUri);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("_mock/clock")).StatusCode);
        Assert.Equal(MockSeed.DemoCompany, host.ApiKeys[MockSeed.DemoKey]);

        await host.DisposeAsync();

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => client.GetAsync("_mock/clock"));
    }

    [Fact]
    public async Task Stopping_ends_a_request_held_by_a_long_latency_fault()
    {
        var host = await MockServerHost.StartAsync();
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Add("Smart-Auth", MockSeed.DemoKey);
        await new MockControl(client).AddFaultAsync(MockFault.Latency("GET", "/vouchers", 600_000));
        var slow = client.GetAsync("vouchers");
        var control = new MockControl(client);
        for (var i = 0; i < 10_000 && !slow.IsCompleted; i++)
        {
            // The fault counts as fired once the request is inside the delay.
            var faults = await control.GetJsonAsync("_mock/faults");
            if (faults.GetProperty("data")[0].GetProperty("fired").GetInt32() == 1)
            {
                break;
            }
        }

        Assert.Equal(1, (await control.GetJsonAsync("_mock/faults")).GetProperty("data")[0].GetProperty("fired").GetInt32());

        // Dispose must not wait out the ten-minute latency (Kestrel would wait its shutdown timeout).
        await host.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(60));

        var outcome = await Record.ExceptionAsync(async () => (await slow).EnsureSuccessStatusCode());
        Assert.NotNull(outcome);
    }

    [Fact]
    public async Task Two_servers_run_side_by_side_with_separate_state()
    {
        await using var first = await MockServerHost.StartAsync();
        await using var second = await MockServerHost.StartAsync();
        using var firstClient = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = first.BaseAddress };
        firstClient.DefaultRequestHeaders.Add("Smart-Auth", MockSeed.DemoKey);
        using var secondControl = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = second.BaseAddress };

        Assert.NotEqual(first.BaseAddress, second.BaseAddress);
        Assert.Equal(HttpStatusCode.OK, (await firstClient.PostTextAsync("pos-sale", MockSeed.ExampleSaleBody)).Status);
        Assert.Empty(await new MockControl(secondControl).GetOrdersAsync());
    }

    [Fact]
    public async Task Run_prints_the_address_and_keys_and_stops_when_cancelled()
    {
        var output = new SignallingWriter("Press Ctrl+C");
        using var stop = new CancellationTokenSource();

        var run = MockServerCommandLine.RunAsync(new[] { "--urls", "http://127.0.0.1:0", "--rate-limit", "5" }, output, stop.Token);
        await output.Signalled.WaitAsync(TimeSpan.FromSeconds(30));
        stop.Cancel();
        var exitCode = await run.WaitAsync(TimeSpan.FromSeconds(30));

        var text = output.ToString();
        Assert.Equal(0, exitCode);
        Assert.Matches(@"listening on http://127\.0\.0\.1:\d+/", text);
        Assert.Contains("sk_test_demo  Demo Venue", text);
        Assert.Contains("sk_test_sister  Sister Venue", text);
        Assert.Contains("Rate limit: 5 requests per 60 s", text);
    }

    [Fact]
    public async Task Run_refuses_an_unknown_option()
    {
        var output = new StringWriter();

        var exitCode = await MockServerCommandLine.RunAsync(new[] { "--bogus" }, output);

        Assert.Equal(2, exitCode);
        Assert.Contains("Unknown option --bogus", output.ToString());
        Assert.Contains("usage:", output.ToString());
    }

    [Fact]
    public async Task Run_reports_a_missing_seed_file()
    {
        var output = new StringWriter();

        var exitCode = await MockServerCommandLine.RunAsync(new[] { "--urls", "http://127.0.0.1:0", "--seed", "/nonexistent/seed.json" }, output);

        // A seed file that is not there is a bad argument (2), as in `smartgift mock-server`.
        Assert.Equal(2, exitCode);
        Assert.Contains("could not start", output.ToString());
        Assert.Contains("/nonexistent/seed.json", output.ToString());
    }

    /// <summary>Captures output and signals when a line containing a marker is written (no polling, no sleeping).</summary>
    private sealed class SignallingWriter : StringWriter
    {
        private readonly string _marker;
        private readonly TaskCompletionSource _signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public SignallingWriter(string marker) => _marker = marker;

        public Task Signalled => _signal.Task;

        public override Encoding Encoding => Encoding.UTF8;

        public override void WriteLine(string? value)
        {
            lock (this)
            {
                base.WriteLine(value);
            }

            if (value != null && value.Contains(_marker, StringComparison.Ordinal))
            {
                _signal.TrySetResult();
            }
        }

        public override string ToString()
        {
            lock (this)
            {
                return base.ToString();
            }
        }
    }
}

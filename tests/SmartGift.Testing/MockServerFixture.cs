using System;
using System.Net.Http;
using System.Threading.Tasks;
using SmartGift.MockServer;
using Xunit;

namespace SmartGift.Testing;

/// <summary>
/// Starts one mock server on 127.0.0.1 (OS-assigned port) for a test class: use it as
/// IClassFixture&lt;MockServerFixture&gt; (or subclass it and override <see cref="CreateOptions"/>).
/// Tests that change state should call Control.ResetAsync() first.
/// </summary>
public class MockServerFixture : IAsyncLifetime
{
    private MockServerHost? _host;
    private HttpClient? _controlClient;
    private MockControl? _control;

    public MockServerHost Host => _host ?? throw new InvalidOperationException("The mock server is not started yet.");

    /// <summary>The server's address with a trailing slash, e.g. http://127.0.0.1:54321/.</summary>
    public Uri BaseAddress => Host.BaseAddress;

    /// <summary>Typed access to the /_mock/ controls (reset, clock, faults, rate limit, stored state).</summary>
    public MockControl Control => _control ?? throw new InvalidOperationException("The mock server is not started yet.");

    /// <summary>Options for the server this fixture starts; override to change the seed, rate limit or clock.</summary>
    protected virtual MockServerOptions CreateOptions() => new MockServerOptions();

    /// <summary>An HttpClient for the API with the Smart-Auth header set (null key: no header). The caller disposes it.</summary>
    public HttpClient CreateClient(string? apiKey = MockSeed.DemoKey)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        if (apiKey != null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Smart-Auth", apiKey);
        }

        return client;
    }

    public async Task InitializeAsync()
    {
        _host = await MockServerHost.StartAsync(CreateOptions()).ConfigureAwait(false);
        _controlClient = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = _host.BaseAddress };
        _control = new MockControl(_controlClient);
    }

    public async Task DisposeAsync()
    {
        _controlClient?.Dispose();
        if (_host != null)
        {
            await _host.DisposeAsync().ConfigureAwait(false);
        }
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SmartGift.MockServer.Seed;

namespace SmartGift.MockServer;

/// <summary>A running Smart Gift simulator (Kestrel, in process). Start it, use <see cref="BaseAddress"/>, dispose it.</summary>
public sealed class MockServerHost : IAsyncDisposable, IDisposable
{
    private readonly WebApplication _app;
    private int _disposed;

    private MockServerHost(WebApplication app) => _app = app;

    /// <summary>The bound address with a trailing slash, e.g. http://127.0.0.1:54321/.</summary>
    public required Uri BaseAddress { get; init; }

    /// <summary>The seed's API keys and the company each belongs to (test keys of the simulator only).</summary>
    public required IReadOnlyDictionary<string, string> ApiKeys { get; init; }

    public static async Task<MockServerHost> StartAsync(MockServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new MockServerOptions();
        var seed = SeedLoader.Load(options.SeedPath);
        var runtime = new MockRuntime(options, seed);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // No file watchers: many servers start in one test run.
            Args = new[] { "--hostBuilder:reloadConfigOnChange=false" },
            ApplicationName = typeof(MockServerHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Logging.ClearProviders();
        if (!options.Quiet)
        {
            builder.Logging.AddSimpleConsole();
        }

        builder.Services.AddSingleton(runtime);
        // The default console lifetime would take SIGINT and SIGTERM for itself and stop only
        // the web host, leaving the process (and the CLI or test around it) waiting forever.
        builder.Services.AddSingleton<IHostLifetime, SignalFreeLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var app = builder.Build();
        MockPipeline.Configure(app, runtime);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        // A wildcard bind is reached through loopback from this machine.
        var uri = new UriBuilder(address.Replace("://+", "://127.0.0.1").Replace("://*", "://127.0.0.1")) { Path = "/" };
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "127.0.0.1";
        }

        return new MockServerHost(app)
        {
            BaseAddress = uri.Uri,
            ApiKeys = seed.Companies.SelectMany(c => c.ApiKeys.Select(k => (k, c.Name))).ToDictionary(p => p.k, p => p.Name),
        };
    }

    /// <summary>Starts a server with these options, prints its address and keys, and serves until cancelled; returns a <see cref="MockServerCommandLine"/> exit code.</summary>
    public static async Task<int> RunAsync(MockServerOptions options, TextWriter output, CancellationToken cancellationToken = default)
    {
        if (options.SeedPath != null && !File.Exists(options.SeedPath))
        {
            output.WriteLine($"The mock server could not start: the seed file '{options.SeedPath}' does not exist.");
            return MockServerCommandLine.UsageError;
        }

        MockServerHost host;
        try
        {
            host = await StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return MockServerCommandLine.Stopped;
        }
        catch (Exception e) when (e is IOException || e is InvalidDataException || e is UnauthorizedAccessException)
        {
            output.WriteLine($"The mock server could not start: {e.Message}");
            return MockServerCommandLine.CouldNotStart;
        }

        await using (host.ConfigureAwait(false))
        {
            output.WriteLine($"SmartGift mock server listening on {host.BaseAddress}");
            output.WriteLine(options.SeedPath == null ? "Seed: built-in demo seed" : $"Seed: {options.SeedPath}");
            output.WriteLine("API keys (Smart-Auth header):");
            foreach (var key in host.ApiKeys.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                output.WriteLine($"  {key.Key}  {key.Value}");
            }

            output.WriteLine($"Rate limit: {options.RateLimit} requests per {options.RateWindow.TotalSeconds:0} s. Controls under {host.BaseAddress}_mock/. Press Ctrl+C to stop.");
            output.Flush();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: stop cleanly.
            }
        }

        output.WriteLine("SmartGift mock server stopped.");
        output.Flush();
        return MockServerCommandLine.Stopped;
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _app.StopAsync(cancellationToken).ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => new ValueTask(StopAsync());

    public void Dispose() => StopAsync().GetAwaiter().GetResult();

    /// <summary>A host lifetime that hooks no signals: whoever started the server stops it.</summary>
    private sealed class SignalFreeLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

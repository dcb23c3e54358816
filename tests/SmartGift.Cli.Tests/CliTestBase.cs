using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>Runs the CLI against this class's mock server with the demo key, unless told otherwise.</summary>
public abstract class CliTestBase : IClassFixture<MockServerFixture>, IAsyncLifetime, System.IDisposable
{
    protected CliTestBase(MockServerFixture server)
    {
        Server = server;
    }

    protected MockServerFixture Server { get; }
    protected MockControl Control => Server.Control;
    protected SampleCsv Files { get; } = new SampleCsv();
    protected string BaseUrl => Server.BaseAddress.ToString();

    /// <summary>State, throttle and request log back to the seed before every test.</summary>
    public Task InitializeAsync() => Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Files.Dispose();
        GC.SuppressFinalize(this);
    }

    protected Task<CliRun> Run(params string[] args) => RunWithKey(MockSeed.DemoKey, args);

    protected Task<CliRun> RunWithKey(string? apiKey, params string[] args) =>
        InProcessCli.RunAsync(args.Concat(new[] { "--base-url", BaseUrl }), apiKey);

    protected async Task<int> CountPostsAsync(string path) =>
        (await Control.GetRequestsAsync()).Count(r => r.Method == "POST" && r.Path == path);
}

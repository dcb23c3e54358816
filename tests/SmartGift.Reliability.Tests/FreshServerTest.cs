using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using SmartGift.MockServer;
using SmartGift.Testing;

namespace SmartGift.Reliability.Tests;

/// <summary>
/// A mock server and a scratch folder of its own for every test (xUnit makes a new instance per
/// test), for tests that kill the CLI: killed runs, journals and rate windows never carry over.
/// </summary>
public abstract class FreshServerTest : IAsyncLifetime
{
    private readonly MockServerOptions _options;
    private HttpClient _http = null!;

    protected FreshServerTest(string folderPrefix, MockServerOptions options)
    {
        Folder = Path.Combine(Path.GetTempPath(), folderPrefix + Guid.NewGuid().ToString("N"));
        _options = options;
    }

    protected string Folder { get; }
    protected MockServerHost Host { get; private set; } = null!;
    protected MockControl Control { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        Host = await MockServerHost.StartAsync(_options);
        _http = new HttpClient { BaseAddress = Host.BaseAddress };
        Control = new MockControl(_http);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await Host.DisposeAsync();
        try { Directory.Delete(Folder, true); } catch (IOException) { }
    }

    /// <summary>`sale import CSV --journal JOURNAL` against this test's server, results as json, then the extra options.</summary>
    protected string[] SaleImport(string csv, string journal, params string[] more) =>
        new[] { "sale", "import", csv, "--journal", journal, "--base-url", Host.BaseAddress.ToString(), "--output", "json" }.Concat(more).ToArray();
}

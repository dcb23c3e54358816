using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using SmartGift.MockServer;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Bulk;

/// <summary>
/// A mock server of its own for one test (127.0.0.1, port 0) plus a scratch folder for
/// journals. The rate limit is generous unless a test is about waits.
/// </summary>
internal sealed class ImportServer : IAsyncDisposable
{
    public const string DemoKey = "sk_test_demo";

    private readonly HttpClient _controlHttp;

    private ImportServer(MockServerHost host)
    {
        Host = host;
        _controlHttp = new HttpClient { BaseAddress = host.BaseAddress };
        Control = new MockControl(_controlHttp);
        Folder = Path.Combine(Path.GetTempPath(), "sg-engine-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public MockServerHost Host { get; }
    public MockControl Control { get; }
    public string Folder { get; }

    public static async Task<ImportServer> StartAsync(int rateLimit = 100_000, TimeSpan? window = null, bool freezeClock = false)
    {
        var host = await MockServerHost.StartAsync(new MockServerOptions
        {
            RateLimit = rateLimit,
            RateWindow = window ?? TimeSpan.FromSeconds(60),
            FreezeClock = freezeClock,
        });
        return new ImportServer(host);
    }

    public SmartGiftSession Session(string key = DemoKey, TimeProvider? time = null, string? defaultSiteId = "1")
    {
        var options = new SmartGiftClientOptions(Host.BaseAddress, ApiKey.FromString(key));
        if (time != null) options.TimeProvider = time;
        return new SmartGiftSession(options, "test", defaultSiteId);
    }

    public string PathFor(string name) => System.IO.Path.Combine(Folder, name);

    public async ValueTask DisposeAsync()
    {
        _controlHttp.Dispose();
        await Host.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}

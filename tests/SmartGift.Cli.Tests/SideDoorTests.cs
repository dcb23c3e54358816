using System.Collections.Generic;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>
/// DESIGN 9, issue 11: the key leaves by no side door. A proxy never sees plain http and a
/// password in --base-url is never printed (a server that echoes the key: EchoedKeyTests).
/// </summary>
public sealed class SideDoorTests : CliTestBase
{
    public SideDoorTests(MockServerFixture server) : base(server) { }

    [Theory]
    [InlineData("HTTP_PROXY")]
    [InlineData("http_proxy")]
    [InlineData("ALL_PROXY")]
    public async Task Plain_http_never_goes_through_a_proxy(string variable)
    {
        using var proxy = new CountingListener();
        // A process of its own: .NET reads the proxy variables once per process (HttpClient.DefaultProxy),
        // so in this one a proxy set now would be ignored and the test could not fail.

        var run = await CliProcess.RunAsync(new[] { "vouchers", "--base-url", BaseUrl, "-o", "jsonl" }, MockSeed.DemoKey,
            environment: new Dictionary<string, string> { [variable] = proxy.Url, ["NO_PROXY"] = "" , ["no_proxy"] = "" });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.NotEmpty(run.JsonLines());
        Assert.True(proxy.Connections == 0, "the proxy was connected to: " + run);
        Assert.Contains(await Control.GetRequestsAsync(), r => r.Path == "/vouchers"); // the request went straight to the server
    }

    [Fact]
    public async Task A_password_in_the_base_url_is_never_printed()
    {
        // Refused while reading the options (a pure parse): the address is never connected to.
        var remote = await InProcessCli.RunAsync(new[] { "vouchers", "--base-url", "http://user:S3cretPw@198.51.100.7/" }, MockSeed.DemoKey);

        Assert.True(remote.ExitCode == 2, remote.ToString());
        Assert.DoesNotContain("S3cretPw", remote.Stdout + remote.Stderr);
        Assert.Contains("http://***@198.51.100.7/", remote.Stderr);
        Assert.Contains("user name or password", remote.Stderr);

        // To this machine, where a connection would be seen: refused the same way, and nothing connects.
        using var listener = new CountingListener();
        foreach (var scheme in new[] { "http", "https" })
        {
            var local = await InProcessCli.RunAsync(new[] { "vouchers", "--base-url", scheme + "://user:S3cretPw@127.0.0.1:" + listener.Port + "/" }, MockSeed.DemoKey);
            Assert.True(local.ExitCode == 2, local.ToString());
            Assert.DoesNotContain("S3cretPw", local.Stdout + local.Stderr);
        }
        Assert.Equal(0, listener.Connections);
    }
}

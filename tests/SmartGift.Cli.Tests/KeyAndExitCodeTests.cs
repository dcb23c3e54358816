using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

public sealed class KeyAndExitCodeTests : CliTestBase
{
    public KeyAndExitCodeTests(MockServerFixture server) : base(server) { }

    [Fact]
    public async Task A_missing_key_exits_3_with_a_clear_message()
    {
        var run = await RunWithKey(null, "vouchers");

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("SMARTGIFT_API_KEY", run.Stderr);
        Assert.Contains("--api-key-stdin", run.Stderr);
    }

    [Fact]
    public async Task A_key_the_service_refuses_exits_3_and_is_never_printed()
    {
        const string key = "sk_live_Zq9TopSecretKeyXy7";

        var list = await RunWithKey(key, "vouchers");
        var import = await RunWithKey(key, "sale", "import", Files.GoodSales("K"), "--journal", Files.Journal(), "-o", "jsonl");

        Assert.True(list.ExitCode == 3, list.ToString());
        Assert.True(import.ExitCode == 3, import.ToString());
        foreach (var run in new[] { list, import })
        {
            Assert.DoesNotContain("TopSecretKey", run.Stdout);
            Assert.DoesNotContain("TopSecretKey", run.Stderr);
        }
        Assert.Contains("Unauthenticated", import.Stdout + import.Stderr);
        Assert.Contains("Orders: 0 confirmed", import.Stderr); // the summary, even though the run stopped
    }

    [Fact]
    public async Task A_working_key_is_never_printed_either()
    {
        var runs = new[]
        {
            await Run("vouchers"),
            await Run("hold", MockSeed.Monetary100),
            await Run("sale", "import", Files.SalesWithBadRow("P"), "--journal", Files.Journal(), "-o", "csv"),
            await Run("reconcile", Files.SalesWithBadRow("P"), "--journal", Files.Journal()),
        };
        foreach (var run in runs)
        {
            Assert.DoesNotContain(MockSeed.DemoKey, run.Stdout);
            Assert.DoesNotContain(MockSeed.DemoKey, run.Stderr);
        }
    }

    [Fact]
    public async Task The_key_can_come_from_standard_input()
    {
        var run = await InProcessCli.RunAsync(new[] { "payment-methods", "--api-key-stdin", "--base-url", BaseUrl, "-o", "jsonl" }, apiKey: null, stdin: MockSeed.DemoKey + "\n");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, run.JsonLines().Count);

        var empty = await InProcessCli.RunAsync(new[] { "payment-methods", "--api-key-stdin", "--base-url", BaseUrl }, apiKey: null, stdin: "\n");
        Assert.True(empty.ExitCode == 3, empty.ToString());
    }

    [Fact]
    public async Task There_is_no_api_key_argument()
    {
        var run = await RunWithKey(null, "vouchers", "--api-key", MockSeed.DemoKey);

        Assert.True(run.ExitCode == 2, run.ToString());
    }

    [Fact]
    public async Task An_unreachable_service_exits_4()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens there now: connections are refused

        var nowhere = "http://127.0.0.1:" + port + "/";

        var run = await InProcessCli.RunAsync(new[] { "payment-methods", "--base-url", nowhere }, MockSeed.DemoKey);
        var import = await InProcessCli.RunAsync(new[] { "sale", "import", Files.GoodSales("X"), "--journal", Files.Journal(), "--base-url", nowhere, "-o", "jsonl" }, MockSeed.DemoKey);

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains("Network", run.Stderr);
        Assert.True(import.ExitCode == 4, import.ToString());
        Assert.All(import.JsonLines(), r => Assert.Equal("Network", r.GetProperty("error_kind").GetString()));
        Assert.Equal(2, import.JsonLines().Count);
    }

    [Fact]
    public async Task Usage_errors_exit_2()
    {
        var plainHttp = await InProcessCli.RunAsync(new[] { "vouchers", "--base-url", "http://api.example.com/" }, MockSeed.DemoKey);
        Assert.True(plainHttp.ExitCode == 2, plainHttp.ToString());
        Assert.Contains("loopback", plainHttp.Stderr);

        var notUrl = await InProcessCli.RunAsync(new[] { "vouchers", "--base-url", "not a url" }, MockSeed.DemoKey);
        Assert.True(notUrl.ExitCode == 2, notUrl.ToString());

        var badOption = await Run("vouchers", "--type", "bogus");
        Assert.True(badOption.ExitCode == 2, badOption.ToString());

        var unknownCommand = await Run("sell-everything");
        Assert.True(unknownCommand.ExitCode == 2, unknownCommand.ToString());
    }

    [Fact]
    public async Task Help_lists_the_commands_and_the_exit_codes()
    {
        var run = await InProcessCli.RunAsync(new[] { "--help" }, apiKey: null);

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var command in new[] { "vouchers", "payment-methods", "sale", "redeem", "hold", "reconcile", "mock-server", "demo" })
            Assert.Contains(command, run.Stdout);
        Assert.Contains("Exit codes:", run.Stdout);
        Assert.Contains("4    could not reach the service", run.Stdout);
    }
}

using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>--quiet says only results and errors; --verbose says what is done; --debug shows each HTTP exchange with the key masked.</summary>
public sealed class VerbosityTests : CliTestBase
{
    private static readonly Regex Stamp = new Regex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ ");

    public VerbosityTests(MockServerFixture server) : base(server) { }

    [Fact]
    public async Task Quiet_prints_results_and_errors_only()
    {
        var normal = await Run("sale", "import", Files.SalesWithBadRow("Q"), "--journal", Files.Journal("normal.jsonl"));
        Assert.Contains("Orders: 2 confirmed, 1 failed", normal.Stdout);

        await Control.ResetAsync();
        var quiet = await Run("sale", "import", Files.SalesWithBadRow("Q"), "--journal", Files.Journal("quiet.jsonl"), "--quiet");

        Assert.True(quiet.ExitCode == 1, quiet.ToString());
        Assert.DoesNotContain("Orders:", quiet.Stdout + quiet.Stderr);
        Assert.Equal(3, quiet.Stdout.Trim().Split('\n').Length); // one line per order, nothing else
        Assert.Equal("", quiet.Stderr);

        var error = await Run("sale", "import", "missing.csv", "--journal", Files.Journal(), "-q");
        Assert.True(error.ExitCode == 2, error.ToString());
        Assert.Contains("missing.csv", error.Stderr);
    }

    [Fact]
    public async Task Verbose_says_what_is_done_with_timestamps_on_stderr()
    {
        var run = await Run("vouchers", "-o", "json", "--verbose");

        Assert.True(run.ExitCode == 0, run.ToString());
        run.JsonDocument(); // stdout stays clean
        var connecting = Assert.Single(run.Stderr.Split('\n'), l => l.Contains("connecting: "));
        Assert.Matches(Stamp, connecting);
        Assert.Contains("sk_...demo", connecting);
        Assert.DoesNotContain(MockSeed.DemoKey, run.Stderr);
        Assert.DoesNotContain("http: ", run.Stderr);
    }

    [Fact]
    public async Task Debug_shows_each_http_exchange_with_the_key_masked()
    {
        var run = await Run("sale", "import", Files.GoodSales("G"), "--journal", Files.Journal(), "-o", "jsonl", "--debug");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, Regex.Count(run.Stderr, @"(?m)^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ http: POST /pos-sale -> 200 OK in \d+ ms; X-RateLimit-Limit: 60, X-RateLimit-Remaining: \d+"));
        Assert.Contains("(Smart-Auth sk_...demo)", run.Stderr);
        Assert.DoesNotContain(MockSeed.DemoKey, run.Stderr + run.Stdout);
        Assert.Equal(2, run.JsonLines().Count);
    }
}

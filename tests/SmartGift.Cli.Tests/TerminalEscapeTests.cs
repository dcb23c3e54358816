using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>
/// Issue 22 finding 9: a server's escape sequences (a fake green "Confirmed", a clipboard write)
/// reach neither stdout nor stderr raw; they are shown as \e.
/// </summary>
public sealed class TerminalEscapeTests : CliTestBase
{
    private const string Fake = "Refused \\u001b[2K\\r\\u001b[32mConfirmed (fake)\\u001b[0m";

    public TerminalEscapeTests(MockServerFixture server) : base(server) { }

    [Theory]
    [InlineData("table")]
    [InlineData("csv")]
    public async Task A_catalogue_name_with_an_escape_sequence_is_shown_as_text(string format)
    {
        using var hostile = new HostileServer(_ => HostileAnswer.Json(200,
            "{\"data\":[{\"id\":1,\"name\":\"Gift \\u001b]52;c;ZXZpbA==\\u0007card\",\"type\":\"monetary\",\"status\":\"active\",\"price\":\"10.00\"}]}"));

        var run = await InProcessCli.RunAsync(new[] { "vouchers", "--base-url", hostile.BaseAddress.ToString(), "-o", format }, MockSeed.DemoKey);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain('\u001b', run.Stdout + run.Stderr);
        Assert.DoesNotContain('\u0007', run.Stdout + run.Stderr);
        Assert.Contains("Gift \\e]52;c;ZXZpbA==\\u0007card", run.Stdout);
    }

    [Fact]
    public async Task A_refusal_with_escape_sequences_is_shown_as_text()
    {
        using var hostile = new HostileServer(_ => HostileAnswer.Json(422, "{\"message\":\"" + Fake + "\",\"errors\":{}}"));

        var run = await InProcessCli.RunAsync(new[] { "redeem", MockSeed.Monetary100, "--value", "5.00", "--site", "1", "--base-url", hostile.BaseAddress.ToString() }, MockSeed.DemoKey);

        Assert.True(run.ExitCode != 0, run.ToString());
        Assert.DoesNotContain('\u001b', run.Stdout + run.Stderr);
        Assert.DoesNotContain('\r', run.Stdout + run.Stderr);
        Assert.Contains("\\e[32mConfirmed (fake)", run.Stdout + run.Stderr);
    }

    /// <summary>Issue 22 finding 2: NUL and ESC in an order id and a message were sent and stored; now refused per row, nothing sent.</summary>
    [Fact]
    public async Task Control_characters_in_a_file_are_refused_per_row_before_anything_is_sent()
    {
        var file = Files.WriteSales("control.csv",
            SampleCsv.SaleRow("C1"),
            SampleCsv.SaleRow("N3\u0000"),
            SampleCsv.SaleRow("C3").Replace("Happy birthday", "Happy \u001b[31mbirthday"));

        var run = await Run("sale", "import", file, "--journal", Files.Journal("control.jsonl"), "-o", "jsonl");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.DoesNotContain('\u001b', run.Stdout + run.Stderr);
        Assert.DoesNotContain('\u0000', run.Stdout + run.Stderr);
        var refused = run.JsonLines().Where(l => l.GetProperty("status").GetString() != "Confirmed").Select(l => l.ToString()).ToList();
        Assert.Equal(2, refused.Count);
        Assert.Contains(refused, l => l.Contains("line 3", System.StringComparison.Ordinal) && l.Contains("0000 NUL", System.StringComparison.Ordinal));
        Assert.Contains(refused, l => l.Contains("line 4", System.StringComparison.Ordinal) && l.Contains("message", System.StringComparison.Ordinal));
        var posts = await Control.GetRequestsAsync();
        Assert.Single(posts, r => r.Method == "POST"); // C1 only
    }
}

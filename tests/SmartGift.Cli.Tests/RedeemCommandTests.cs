using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

public sealed class RedeemCommandTests : CliTestBase
{
    public RedeemCommandTests(MockServerFixture server) : base(server) { }

    [Fact]
    public async Task Hold_prints_the_token_and_expiry_and_redeem_uses_it()
    {
        var hold = await Run("hold", MockSeed.Monetary100, "-o", "jsonl");

        Assert.True(hold.ExitCode == 0, hold.ToString());
        var held = Assert.Single(hold.JsonLines());
        var token = held.GetProperty("hold_token").GetString()!;
        Assert.StartsWith("hold_token_", token);
        Assert.True(held.GetProperty("expires_at").GetDateTimeOffset() > System.DateTimeOffset.UtcNow.AddMinutes(-10));
        Assert.Contains("five minutes", hold.Stderr);

        var redeem = await Run("redeem", MockSeed.Monetary100, "--value", "10.00", "--site", "1", "--hold-token", token, "-o", "jsonl");

        Assert.True(redeem.ExitCode == 0, redeem.ToString());
        var result = Assert.Single(redeem.JsonLines());
        Assert.Equal("Confirmed", result.GetProperty("status").GetString());
        Assert.Equal(10.00m, result.GetProperty("amount").GetDecimal());
        Assert.NotEmpty(result.GetProperty("redemption_ids").EnumerateArray());
        var stored = Assert.Single(await Control.GetRedemptionsAsync(), r => r.VoucherNo == MockSeed.Monetary100 && r.Amount == 10.00m);
        Assert.True(stored.WithHoldToken);
    }

    [Fact]
    public async Task Experiences_are_redeemed_by_name()
    {
        var run = await Run("redeem", "DEMO000006", "--experience", "Spa Access", "Massage", "--site", "1", "-o", "jsonl");

        Assert.True(run.ExitCode == 0, run.ToString());
        var result = Assert.Single(run.JsonLines());
        Assert.Equal("Confirmed", result.GetProperty("status").GetString());
        Assert.Equal(5, result.GetProperty("experience_bits").GetInt64());
        var names = (await Control.GetRedemptionsAsync()).Where(r => r.VoucherNo == "DEMO000006").Select(r => r.ExperienceName).OrderBy(n => n).ToArray();
        Assert.Equal(new[] { "Massage", "Spa Access" }, names);
    }

    [Fact]
    public async Task A_documented_refusal_exits_1_with_its_kind_and_message()
    {
        var run = await Run("redeem", MockSeed.Expired, "--value", "5.00", "--site", "1", "-o", "jsonl");

        Assert.True(run.ExitCode == 1, run.ToString());
        var result = Assert.Single(run.JsonLines());
        Assert.Equal("Failed", result.GetProperty("status").GetString());
        Assert.Equal("VoucherExpired", result.GetProperty("error_kind").GetString());
        Assert.Equal("The voucher number provided has expired.", result.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Redeem_needs_exactly_one_of_value_or_experience()
    {
        var neither = await Run("redeem", MockSeed.Monetary100, "--site", "1");
        Assert.True(neither.ExitCode == 2, neither.ToString());
        Assert.Contains("--value", neither.Stderr);

        var both = await Run("redeem", MockSeed.Monetary100, "--site", "1", "--value", "1.00", "--experience", "Lunch");
        Assert.True(both.ExitCode == 2, both.ToString());
        Assert.Empty(await Control.GetRedemptionsAsync());
    }

    [Fact]
    public async Task Redeem_import_reports_each_row_and_a_rerun_sends_nothing()
    {
        var csv = Files.Write("redeem.csv", new[]
        {
            "reference,voucher_no,site_id,value,experiences,hold_token",
            "r1,DEMO000001,1,10.00,,",
            "r2,DEMO000006,1,,Lunch;Afternoon Tea,",
            "r3,DEMO000004,1,5.00,,",
            "r4,DEMO000002,1,lots,,",
        });
        var journal = Files.Journal("redeem.jsonl");

        var run = await Run("redeem", "import", csv, "--journal", journal, "-o", "jsonl");

        Assert.True(run.ExitCode == 1, run.ToString());
        var results = run.JsonLines().ToDictionary(r => r.GetProperty("reference").GetString()!);
        Assert.Equal("Confirmed", results["r1"].GetProperty("status").GetString());
        Assert.Equal("Confirmed", results["r2"].GetProperty("status").GetString());
        Assert.Equal(10, results["r2"].GetProperty("experience_bits").GetInt64());
        Assert.Equal("VoucherExpired", results["r3"].GetProperty("error_kind").GetString());
        var problem = Assert.Single(results["r4"].GetProperty("problems").EnumerateArray());
        Assert.Equal("line 5", problem.GetProperty("location").GetString());
        Assert.Equal("value", problem.GetProperty("field").GetString());
        var posts = await CountPostsAsync("/redeem");

        var rerun = await Run("redeem", "import", csv, "--journal", journal, "-o", "jsonl");

        Assert.Equal(posts, await CountPostsAsync("/redeem"));
        Assert.Equal(4, rerun.JsonLines().Count);
    }

    [Fact]
    public async Task An_answer_that_contradicts_the_request_exits_1_and_says_so()
    {
        // Issue 10, finding 1: value 5 on the experience voucher DEMO000006 made two redemptions (bits 1 + 4).
        var run = await Run("redeem", "DEMO000006", "--value", "5", "--site", "1", "-o", "jsonl");

        Assert.True(run.ExitCode == 1, run.ToString());
        var result = Assert.Single(run.JsonLines());
        // Issue 21, finding 3: its own status, not Confirmed, so a filter on status finds it.
        Assert.Equal("Contradicted", result.GetProperty("status").GetString());
        Assert.Equal(5m, result.GetProperty("value").GetDecimal());
        Assert.True(result.GetProperty("needs_attention").GetBoolean());
        Assert.Contains("one redemption", result.GetProperty("contradiction").GetString());
    }
}

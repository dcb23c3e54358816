using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>
/// Issue 19, finding 2: with "Dinner Day" (Lunch bit 1, Dinner bit 2) beside "Spa Day for Two"
/// (Lunch bit 2), Lunch and Dinner on DEMO000006 chose Dinner Day by elimination and sent 3. The
/// API cannot say which catalogue voucher an issued voucher belongs to: the name is refused
/// until the catalogue voucher is given.
/// </summary>
public sealed class AmbiguousExperienceTests : CliTestBase, IClassFixture<SecondExperienceVoucherFixture>
{
    public AmbiguousExperienceTests(SecondExperienceVoucherFixture server) : base(server) { }

    [Fact]
    public async Task A_name_meaning_two_bits_is_refused_naming_both_catalogue_vouchers_until_one_is_given()
    {
        var run = await Run("redeem", "DEMO000006", "--experience", "Lunch", "--experience", "Dinner", "--site", "1", "-o", "jsonl");

        Assert.True(run.ExitCode != 0, run.ToString());
        var text = run.ToString();
        Assert.Contains("experiences: Experience 'Lunch' is ambiguous: it is bit_value 2 in catalogue voucher 280 'Spa Day for Two', bit_value 1 in catalogue voucher 281 'Dinner Day'", text);
        Assert.Contains("--catalogue-voucher", text);
        Assert.Equal(0, await CountPostsAsync("/redeem"));

        var named = await Run("redeem", "DEMO000006", "--experience", "Lunch", "--catalogue-voucher", "280", "--site", "1", "-o", "jsonl");

        Assert.True(named.ExitCode == 0, named.ToString());
        Assert.Equal(2, Assert.Single(named.JsonLines()).GetProperty("experience_bits").GetInt64());
    }

    [Fact]
    public async Task A_file_row_is_refused_on_its_line_and_its_catalogue_voucher_id_column_settles_it()
    {
        var csv = Files.Write("ambiguous.csv", new[]
        {
            "reference,voucher_no,site_id,experiences,catalogue_voucher_id",
            "a1,DEMO000006,1,Lunch;Dinner,",
            "a2,DEMO000006,1,Lunch,280",
        });

        var run = await Run("redeem", "import", csv, "--journal", Files.Journal("ambiguous.jsonl"), "-o", "jsonl");

        Assert.True(run.ExitCode != 0, run.ToString());
        Assert.Contains("line 2", run.ToString());
        Assert.Contains("'Lunch' is ambiguous", run.ToString());
        Assert.Equal(1, await CountPostsAsync("/redeem"));
        var made = Assert.Single(await Control.GetRedemptionsAsync(), r => r.VoucherNo == "DEMO000006" && r.ExperienceName == "Lunch");
        Assert.Equal(2, made.BitValue);
    }
}

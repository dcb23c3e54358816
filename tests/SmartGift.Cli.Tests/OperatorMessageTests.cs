using System.IO;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>Mistakes an operator makes, each answered in the operator's terms with the right exit code.</summary>
public sealed class OperatorMessageTests : CliTestBase
{
    public OperatorMessageTests(MockServerFixture server) : base(server) { }

    [Fact]
    public async Task A_journal_in_a_missing_folder_names_the_folder_not_the_lock_file()
    {
        var missing = Path.Combine(Files.Folder, "nonexistent", "x.jsonl");

        var run = await Run("sale", "import", Files.GoodSales("M"), "--journal", missing);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("the folder '" + Path.Combine(Files.Folder, "nonexistent") + "' does not exist", run.Stderr);
        Assert.DoesNotContain(".lock", run.Stderr);
        Assert.Equal(0, await CountPostsAsync("/pos-sale"));
    }

    [Fact]
    public async Task A_folder_given_as_journal_or_as_csv_is_called_a_folder()
    {
        var journal = await Run("sale", "import", Files.GoodSales("F"), "--journal", Files.Folder);
        Assert.True(journal.ExitCode == 2, journal.ToString());
        Assert.Contains("--journal '" + Files.Folder + "' is a folder", journal.Stderr);

        var csv = await Run("sale", "import", Files.Folder, "--journal", Files.Journal());
        Assert.True(csv.ExitCode == 2, csv.ToString());
        Assert.Contains("'" + Files.Folder + "' is a folder", csv.Stderr);
        Assert.DoesNotContain("does not exist", csv.Stderr);
    }

    [Fact]
    public async Task Reconcile_warns_when_the_journal_does_not_exist()
    {
        var run = await Run("reconcile", Files.GoodSales("W"), "--journal", Path.Combine(Files.Folder, "typo.jsonl"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("warning: the journal '" + Path.Combine(Files.Folder, "typo.jsonl") + "' does not exist", run.Stderr);
        Assert.Contains("Check the path", run.Stderr);
    }

    [Fact]
    public async Task Redeem_without_a_site_says_how_to_give_one()
    {
        var run = await Run("redeem", MockSeed.Monetary100, "--value", "5.00");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("give --site ID, set SMARTGIFT_SITE_ID, or use a profile with a site", run.Stderr);
        Assert.DoesNotContain("row", run.Stderr);
        Assert.Equal(0, await CountPostsAsync("/redeem"));
    }

    [Fact]
    public async Task A_comma_in_an_amount_is_a_usage_error()
    {
        var run = await Run("redeem", MockSeed.Monetary100, "--value", "1,50", "--site", "1");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--value '1,50' is not an amount", run.Stderr);
        Assert.Equal(0, await CountPostsAsync("/redeem"));
    }
}

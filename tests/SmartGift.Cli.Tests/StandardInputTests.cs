using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>`-` reads the CSV from standard input for sale import, redeem import and reconcile.</summary>
public sealed class StandardInputTests : CliTestBase
{
    public StandardInputTests(MockServerFixture server) : base(server) { }

    private Task<CliRun> RunWithStdin(string stdin, params string[] args) =>
        InProcessCli.RunAsync(args.Concat(new[] { "--base-url", BaseUrl }), MockSeed.DemoKey, stdin);

    [Fact]
    public async Task Sale_import_and_reconcile_read_the_csv_from_standard_input()
    {
        var csv = File.ReadAllText(Files.SalesWithBadRow("P"));
        var journal = Files.Journal();

        var import = await RunWithStdin(csv, "sale", "import", "-", "--journal", journal, "-o", "json");

        Assert.True(import.ExitCode == 1, import.ToString());
        Assert.Equal(2, import.JsonDocument().EnumerateArray().Count(r => r.GetProperty("status").GetString() == "Confirmed"));
        Assert.Contains("line 4", import.JsonDocument()[2].GetProperty("problems")[0].GetProperty("location").GetString());
        Assert.Equal(2, (await Control.GetOrdersAsync()).Count);

        var reconcile = await RunWithStdin(csv, "reconcile", "-", "--journal", journal, "-o", "json");
        Assert.True(reconcile.ExitCode == 1, reconcile.ToString());
        // The invalid row was refused before sending: Failed, the import's word (issue 18, finding 4).
        Assert.Equal(new[] { "Confirmed", "Confirmed", "Failed" },
            reconcile.JsonDocument().EnumerateArray().Select(r => r.GetProperty("status").GetString()).ToArray());
    }

    /// <summary>Through a real pipe: the key line is read byte by byte from the file descriptor, leaving the CSV that follows in it.</summary>
    [Fact]
    public async Task With_api_key_stdin_the_key_is_the_first_line_and_the_csv_follows()
    {
        var csv = File.ReadAllText(Files.GoodSales("K"));

        var run = await CliProcess.RunAsync(new[] { "sale", "import", "-", "--journal", Files.Journal(), "--api-key-stdin", "--base-url", BaseUrl, "-o", "jsonl" },
            apiKey: null, stdin: MockSeed.DemoKey + "\n" + csv);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, run.JsonLines().Count(r => r.GetProperty("status").GetString() == "Confirmed"));
    }

    [Fact]
    public async Task Redeem_import_reads_standard_input()
    {
        var csv = "reference,voucher_no,site_id,value,experiences,hold_token\nR1," + MockSeed.Monetary100 + ",1,5.00,,\n";

        var run = await RunWithStdin(csv, "redeem", "import", "-", "--journal", Files.Journal(), "-o", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var result = Assert.Single(run.JsonDocument().EnumerateArray());
        Assert.Equal("Confirmed", result.GetProperty("status").GetString());
        Assert.Equal(1, await CountPostsAsync("/redeem"));
    }
}

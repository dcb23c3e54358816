using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>Issue 10, findings 7 and 10: an outage stops sending and says so; an empty file is an error.</summary>
public sealed class OutageAndEmptyInputTests : CliTestBase
{
    public OutageAndEmptyInputTests(MockServerFixture server) : base(server) { }

    [Fact]
    public async Task An_outage_stops_sending_says_the_service_seems_down_and_exits_1()
    {
        await Control.AddFaultAsync(MockFault.FailBefore("POST", "/pos-sale", 500));
        var csv = Files.WriteSales("outage.csv", Enumerable.Range(1, 40).Select(i => SampleCsv.SaleRow("O" + i)).ToArray());

        var run = await Run("sale", "import", csv, "--journal", Files.Journal("outage.jsonl"), "-o", "jsonl");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("seems down", run.Stdout + run.Stderr);
        var statuses = run.JsonLines().Select(r => r.GetProperty("status").GetString()).ToList();
        Assert.InRange(statuses.Count(s => s == "Unknown"), 1, 8);
        Assert.Equal(40 - statuses.Count(s => s == "Unknown"), statuses.Count(s => s == "NotSent"));
    }

    [Theory]
    [InlineData("sale")]
    [InlineData("redeem")]
    public async Task A_file_without_data_rows_is_an_error_exit_2(string kind)
    {
        var csv = kind == "sale"
            ? Files.WriteSales("empty-sales.csv")
            : Files.Write("empty-redemptions.csv", new[] { "reference,voucher_no,site_id,value" });

        var run = await Run(kind, "import", csv, "--journal", Files.Journal("empty-" + kind + ".jsonl"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("no data rows", run.Stderr);
    }
}

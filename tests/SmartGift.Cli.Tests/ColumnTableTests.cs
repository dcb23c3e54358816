using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>
/// Issue 19, finding 1, the CLI form: a header is matched by Core's one column table whatever its
/// case, spaces, hyphens or underscores, and a header it does not know is the same warning as
/// in PowerShell (tests/Pester/ColumnTable.Tests.ps1 drives the pipeline and -Path forms).
/// </summary>
public sealed class ColumnTableTests : CliTestBase
{
    public ColumnTableTests(MockServerFixture server) : base(server) { }

    [Fact]
    public async Task Sale_import_sends_Delivery_Email_and_Delivery_Date_headers_and_warns_of_an_unknown_one()
    {
        var header = SampleCsv.SaleHeader.Replace("delivery_email,delivery_date", "Delivery Email,Delivery-Date") + ",Colour";
        var csv = Files.Write("spelled.csv", new[] { header, SampleCsv.SaleRow("SPELL1").Replace("jo@example.com,,11", "sam@example.com,2030-12-24,11") + ",red" });

        var run = await Run("sale", "import", csv, "--journal", Files.Journal("spelled.jsonl"), "-o", "jsonl");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("unknown column 'Colour' ignored", run.Stderr);
        var order = Assert.Single(await Control.GetOrdersAsync(), o => o.RequestedOrderId == "SPELL1");
        var delivery = order.Cart.GetProperty("delivery");
        Assert.Equal("sam@example.com", delivery.GetProperty("delivery_email").GetString());
        Assert.Equal("2030-12-24", delivery.GetProperty("delivery_date").GetString());
    }

    [Fact]
    public async Task Redeem_import_redeems_at_the_Site_ID_of_the_row()
    {
        var csv = Files.Write("site.csv", new[] { "Reference,VoucherNumber,Site ID,Value", "site-1,DEMO000001,2,1.25" });

        var run = await Run("redeem", "import", csv, "--journal", Files.Journal("site.jsonl"), "-o", "jsonl");

        Assert.True(run.ExitCode == 0, run.ToString());
        var made = Assert.Single(await Control.GetRedemptionsAsync(), r => r.VoucherNo == "DEMO000001" && r.Amount == 1.25m);
        Assert.Equal("2", made.SiteId);
    }
}

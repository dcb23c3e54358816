using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>
/// Issue 11, finding 7: -o csv never writes a text cell a spreadsheet would run as a formula
/// (OWASP CSV Injection): it starts with a ' and is quoted. Numbers stay numbers.
/// </summary>
public sealed class CsvOutputSafetyTests : CliTestBase
{
    public CsvOutputSafetyTests(MockServerFixture server) : base(server) { }

    [Fact]
    public async Task Order_ids_that_start_like_formulas_are_neutralised()
    {
        var ids = new[] { "=1+2", "+SUM(A1)", "-2+3", "@cmd" };
        var csv = Files.WriteSales("formulas.csv", ids.Select(id => SampleCsv.SaleRow(id)).ToArray());

        var run = await Run("sale", "import", csv, "--journal", Files.Journal(), "--dry-run", "-o", "csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = run.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(r => r.TrimEnd('\r')).Skip(1).ToList();
        Assert.Equal(ids.Length, rows.Count);
        foreach (var id in ids)
            Assert.Contains(rows, r => r.Contains(",\"'" + id + "\","));
        foreach (var row in rows)
        {
            Assert.DoesNotContain(row.Split(','), cell => cell.Length > 0 && "=+-@".Contains(cell[0]));
            Assert.Contains(",150.50,", row);
        }
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("\tcmd", "\"'\tcmd\"")]
    [InlineData("a;=1+1", "\"a;=1+1\"")]
    [InlineData("plain", "plain")]
    public void Text_cells_are_neutralised_and_quoted(string value, string written)
    {
        var output = new System.IO.StringWriter();
        using (var writer = new CsvRecordWriter(output)) writer.Write(new OutputRecord().Add("v", value));

        Assert.Equal(written, output.ToString().Split('\n')[1].TrimEnd('\r'));
    }

    [Fact]
    public void A_negative_number_stays_a_number()
    {
        var output = new System.IO.StringWriter();
        using (var writer = new CsvRecordWriter(output)) writer.Write(new OutputRecord().Add("amount", -5m).Add("count", -2L));

        Assert.Equal("-5.00,-2", output.ToString().Split('\n')[1].TrimEnd('\r'));
    }
}

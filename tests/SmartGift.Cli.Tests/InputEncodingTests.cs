using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>
/// Issue 11, findings 4 and 5, through the real CLI and mock server: a Windows-1252 file from
/// Excel is refused before anything is sent and arrives intact with --encoding windows-1252; a
/// ';' file is one short error naming --delimiter, and imports with it.
/// </summary>
public sealed class InputEncodingTests : CliTestBase
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public InputEncodingTests(MockServerFixture server) : base(server) { }

    /// <summary>Excel's "CSV (Comma delimited)" on Windows: cp1252, CRLF, a pound sign and accents.</summary>
    private string ExcelFile(string name, string prefix, char delimiter = ',')
    {
        var lines = new[]
        {
            SampleCsv.SaleHeader,
            SampleCsv.SaleRow(prefix + "1").Replace("Happy birthday", "A £20 treat").Replace("Jo,Bloggs", "José,Müller"),
            SampleCsv.SaleRow(prefix + "2", "271", "50.00", "50.50").Replace("Jo,Bloggs", "Zoë,Brontë"),
        }.Select(l => l.Replace(',', delimiter));
        var path = Path.Combine(Files.Folder, name);
        File.WriteAllBytes(path, Windows1252.GetBytes(string.Join("\r\n", lines) + "\r\n"));
        return path;
    }

    [Fact]
    public async Task A_windows_1252_file_is_refused_before_anything_is_sent()
    {
        var file = ExcelFile("excel.csv", "W");

        var run = await Run("sale", "import", file, "--journal", Files.Journal(), "-o", "jsonl");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("line 2 is not valid UTF-8 (byte 0xA3)", run.Stderr);
        Assert.Contains("--encoding windows-1252", run.Stderr);
        Assert.Equal(0, await CountPostsAsync("/pos-sale"));
        Assert.Empty(await Control.GetOrdersAsync());
    }

    [Fact]
    public async Task With_encoding_windows_1252_the_text_arrives_intact()
    {
        var file = ExcelFile("excel.csv", "V");

        var run = await Run("sale", "import", file, "--journal", Files.Journal(), "--encoding", "windows-1252", "-o", "jsonl");

        Assert.True(run.ExitCode == 0, run.ToString());
        var texts = (await Control.GetOrdersAsync()).SelectMany(o => Strings(o.Cart)).ToList();
        Assert.Contains("José", texts);
        Assert.Contains("Müller", texts);
        Assert.Contains("Zoë", texts);
        Assert.Contains("A £20 treat", texts);
        Assert.DoesNotContain(texts, t => t.Contains('\uFFFD'));
    }

    [Fact]
    public async Task A_semicolon_file_is_one_short_error_and_imports_with_delimiter()
    {
        var file = ExcelFile("excel-eu.csv", "S", ';');

        var refused = await Run("sale", "import", file, "--journal", Files.Journal("s1.jsonl"), "--encoding", "windows-1252", "-o", "jsonl");

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains("separated by ';', not ','", refused.Stderr);
        Assert.Contains("--delimiter ';'", refused.Stderr);
        Assert.Single(refused.Stderr.Trim().Split('\n'));
        Assert.True(refused.Stderr.Length < 600, refused.ToString());
        Assert.Equal("", refused.Stdout);
        Assert.Equal(0, await CountPostsAsync("/pos-sale"));

        var imported = await Run("sale", "import", file, "--journal", Files.Journal("s2.jsonl"), "--encoding", "windows-1252", "--delimiter", ";", "-o", "jsonl");

        Assert.True(imported.ExitCode == 0, imported.ToString());
        Assert.Equal(2, imported.JsonLines().Count);
        Assert.Equal(2, await CountPostsAsync("/pos-sale"));
    }

    [Fact]
    public async Task Reconcile_and_redeem_import_read_files_the_same_way()
    {
        var file = ExcelFile("excel.csv", "R");
        var reconcile = await Run("reconcile", file, "--journal", Files.Journal("r.jsonl"));

        Assert.True(reconcile.ExitCode == 2, reconcile.ToString());
        Assert.Contains("--encoding windows-1252", reconcile.Stderr);
        Assert.Empty(await Control.GetRequestsAsync()); // refused before the catalogue was fetched

        var redemptions = Files.Write("redeem-eu.csv", new[] { "reference;voucher_no;site_id;value", "X1;" + MockSeed.Monetary100 + ";1;5.00" });
        var refused = await Run("redeem", "import", redemptions, "--journal", Files.Journal("d1.jsonl"), "-o", "jsonl");
        var redeemed = await Run("redeem", "import", redemptions, "--journal", Files.Journal("d2.jsonl"), "--delimiter", ";", "-o", "jsonl");

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains("--delimiter ';'", refused.Stderr);
        Assert.True(redeemed.ExitCode == 0, redeemed.ToString());
        Assert.Single(await Control.GetRedemptionsAsync());
    }

    private static IEnumerable<string> Strings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return element.GetString()!;
                break;
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject()) foreach (var s in Strings(p.Value)) yield return s;
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) foreach (var s in Strings(item)) yield return s;
                break;
        }
    }
}

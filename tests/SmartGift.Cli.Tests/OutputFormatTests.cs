using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>--output json is one document (what json.load and ConvertFrom-Json read); jsonl streams; option values ignore case.</summary>
public sealed class OutputFormatTests : CliTestBase
{
    public OutputFormatTests(MockServerFixture server) : base(server) { }

    [Fact]
    public async Task Json_is_one_array_document_for_a_list()
    {
        var run = await Run("vouchers", "-o", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var document = run.JsonDocument(); // the whole of stdout parses as one document
        Assert.Equal(JsonValueKind.Array, document.ValueKind);
        Assert.Contains(document.EnumerateArray(), v => v.GetProperty("name").GetString() == "Spa Day for Two");
        Assert.True(run.Stdout.Split('\n').Count(l => l.Trim().Length > 0) > document.GetArrayLength(), "indented, not one object per line");
    }

    [Fact]
    public async Task Json_is_one_object_for_a_single_result_and_an_array_for_an_import()
    {
        var hold = await Run("hold", MockSeed.Monetary100, "-o", "json");
        Assert.True(hold.ExitCode == 0, hold.ToString());
        Assert.Equal(JsonValueKind.Object, hold.JsonDocument().ValueKind);
        Assert.StartsWith("hold_token_", hold.JsonDocument().GetProperty("hold_token").GetString());

        var import = await Run("sale", "import", Files.SalesWithBadRow("J"), "--journal", Files.Journal(), "-o", "json");
        Assert.True(import.ExitCode == 1, import.ToString());
        var results = import.JsonDocument();
        Assert.Equal(JsonValueKind.Array, results.ValueKind);
        Assert.Equal(new[] { "Confirmed", "Confirmed", "Failed" }, results.EnumerateArray().Select(r => r.GetProperty("status").GetString()).ToArray());
        Assert.Equal(150.50m, results[0].GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task An_empty_list_is_an_empty_array()
    {
        var run = await Run("vouchers", "--name", "no such voucher", "-o", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(0, run.JsonDocument().GetArrayLength());
    }

    [Fact]
    public async Task Jsonl_is_one_object_per_line()
    {
        var run = await Run("vouchers", "-o", "jsonl");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.JsonLines();
        Assert.True(lines.Count > 1);
        Assert.All(lines, v => Assert.Equal(JsonValueKind.Object, v.ValueKind));
        Assert.ThrowsAny<JsonException>(() => run.JsonDocument()); // several documents, by design
    }

    [Fact]
    public async Task Option_values_ignore_case()
    {
        var json = await Run("vouchers", "-o", "JSON", "--type", "Experience", "--status", "ACTIVE");

        Assert.True(json.ExitCode == 0, json.ToString());
        Assert.All(json.JsonDocument().EnumerateArray(), v => Assert.Equal("experience", v.GetProperty("type").GetString()));

        var wrong = await Run("vouchers", "-o", "xml");
        Assert.True(wrong.ExitCode == 2, wrong.ToString());
        Assert.Contains("'xml' is not a value of --output: use one of table, json, jsonl, csv", wrong.Stderr);
    }
}

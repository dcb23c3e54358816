using System;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

public sealed class CatalogueCommandTests : CliTestBase
{
    public CatalogueCommandTests(MockServerFixture server) : base(server) { }

    [Fact]
    public async Task Vouchers_as_json_lines_carry_ids_types_prices_and_experiences()
    {
        var run = await Run("vouchers", "--output", "jsonl");

        Assert.True(run.ExitCode == 0, run.ToString());
        var vouchers = run.JsonLines();
        var spa = Assert.Single(vouchers, v => v.GetProperty("id").GetString() == MockSeed.SpaDay);
        Assert.Equal("experience", spa.GetProperty("type").GetString());
        Assert.Equal(180.00m, spa.GetProperty("price").GetDecimal());
        var experiences = spa.GetProperty("experiences").EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!, e => e.GetProperty("bit_value").GetInt64());
        Assert.Equal(1, experiences["Spa Access"]);
        Assert.Equal(4, experiences["Massage"]);
        Assert.Contains(vouchers, v => v.GetProperty("id").GetString() == MockSeed.Voucher150 && v.GetProperty("type").GetString() == "monetary");
    }

    [Fact]
    public async Task Vouchers_filter_by_wildcard_name_type_and_status()
    {
        var byName = await Run("vouchers", "--name", "£?50 gift*", "-o", "jsonl");
        Assert.True(byName.ExitCode == 0, byName.ToString());
        Assert.Equal(new[] { MockSeed.Voucher150 }, byName.JsonLines().Select(v => v.GetProperty("id").GetString()).ToArray());

        var experiences = await Run("vouchers", "--type", "experience", "-o", "jsonl");
        Assert.True(experiences.ExitCode == 0, experiences.ToString());
        Assert.NotEmpty(experiences.JsonLines());
        Assert.All(experiences.JsonLines(), v => Assert.Equal("experience", v.GetProperty("type").GetString()));

        var hidden = await Run("vouchers", "--status", "hidden", "-o", "jsonl");
        Assert.True(hidden.ExitCode == 0, hidden.ToString());
        Assert.Equal(new[] { MockSeed.HiddenVoucher }, hidden.JsonLines().Select(v => v.GetProperty("id").GetString()).ToArray());
    }

    [Fact]
    public async Task Vouchers_as_table_and_csv()
    {
        var table = await Run("vouchers");
        Assert.True(table.ExitCode == 0, table.ToString());
        var lines = table.Stdout.Split('\n');
        Assert.StartsWith("id", lines[0]);
        Assert.Contains("Spa Day for Two", table.Stdout);
        Assert.Contains("Massage (4)", table.Stdout);

        var csv = await Run("vouchers", "-o", "csv");
        Assert.True(csv.ExitCode == 0, csv.ToString());
        var rows = csv.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,name,type,status,price,experiences", rows[0].TrimEnd('\r'));
        Assert.Contains(rows, r => r.StartsWith(MockSeed.Voucher150 + ",", StringComparison.Ordinal) && r.Contains(",monetary,active,150.00,"));
    }

    [Fact]
    public async Task Payment_methods_in_every_format()
    {
        var json = await Run("payment-methods", "-o", "jsonl");
        Assert.True(json.ExitCode == 0, json.ToString());
        var methods = json.JsonLines().ToDictionary(m => m.GetProperty("id").GetString()!, m => m.GetProperty("name").GetString());
        Assert.Equal("Card", methods[MockSeed.PaymentCard]);
        Assert.Equal("Cash", methods[MockSeed.PaymentCash]);

        var csv = await Run("payment-methods", "-o", "csv");
        Assert.True(csv.ExitCode == 0, csv.ToString());
        Assert.Contains("11,Card", csv.Stdout);

        var table = await Run("payment-methods", "-o", "table");
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Matches(@"12\s+Cash", table.Stdout);
    }
}

using System.Linq;
using System.Text;

namespace SmartGift.Core.Tests.Json;

/// <summary>DESIGN 2: the list endpoints are undocumented, so the catalogue is read leniently and one odd entry never fails the list.</summary>
public class VoucherListReaderTests
{
    private static ListResult<Voucher> Read(string json) => ListReader.Vouchers(Encoding.UTF8.GetBytes(json), "application/json");

    [Fact]
    public void Reads_the_documented_shape()
    {
        var result = Read(@"{""data"":[{""id"":270,""name"":""£150 Gift Voucher"",""description"":""d"",""image"":""https://x/270.jpg"",
                ""status"":""active"",""type"":""monetary"",""price"":""150.00"",""experiences"":[]},
                {""id"":280,""name"":""Spa Day for Two"",""type"":""experience"",""status"":""active"",""price"":""180.00"",
                 ""experiences"":[{""id"":1,""name"":""Spa Access"",""bit_value"":1},{""id"":2,""name"":""Lunch"",""bit_value"":""2""}]}]}");

        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Items.Count);
        var monetary = result.Items[0];
        Assert.Equal("270", monetary.Id);
        Assert.Equal("£150 Gift Voucher", monetary.Name);
        Assert.Equal(150.00m, monetary.Price);
        Assert.Equal(VoucherType.Monetary, monetary.Type);
        Assert.Equal(VoucherStatus.Active, monetary.Status);
        Assert.Equal("https://x/270.jpg", monetary.ImageUrl);
        var spa = result.Items[1];
        Assert.Equal(VoucherType.Experience, spa.Type);
        Assert.Equal(new[] { "Spa Access", "Lunch" }, spa.Experiences.Select(e => e.Name));
        Assert.Equal(new long[] { 1, 2 }, spa.Experiences.Select(e => e.BitValue));
        Assert.All(spa.Experiences, e => Assert.Equal("280", e.VoucherId));
    }

    [Fact]
    public void Accepts_a_bare_array_string_ids_numeric_prices_image_url_and_any_case()
    {
        var result = Read(@"[{""id"":""271"",""name"":""£50"",""price"":50,""image_url"":""https://x/271.jpg"",""status"":""HIDDEN"",""type"":""Monetary""}]");

        var voucher = Assert.Single(result.Items);
        Assert.Equal("271", voucher.Id);
        Assert.Equal(50m, voucher.Price);
        Assert.Equal("https://x/271.jpg", voucher.ImageUrl);
        Assert.Equal(VoucherStatus.Hidden, voucher.Status);
        Assert.Equal("HIDDEN", voucher.StatusText);
        Assert.Equal(VoucherType.Monetary, voucher.Type);
    }

    [Fact]
    public void Keeps_unknown_fields_and_unknown_status_text()
    {
        var result = Read(@"{""data"":[{""id"":1,""name"":""A"",""status"":""archived"",""sku"":""GV-1"",""meta"":{""colour"":""red""}}]}");

        var voucher = Assert.Single(result.Items);
        Assert.Equal(VoucherStatus.Other, voucher.Status);
        Assert.Equal("archived", voucher.StatusText);
        Assert.Equal("GV-1", voucher.AdditionalFields["sku"].GetString());
        Assert.Equal("red", voucher.AdditionalFields["meta"].GetProperty("colour").GetString());
        Assert.Null(voucher.Price);
    }

    [Fact]
    public void One_odd_entry_becomes_a_problem_naming_its_index_and_reason()
    {
        var result = Read(@"{""data"":[
                {""id"":270,""name"":""ok"",""price"":""150.00""},
                {""name"":""no id""},
                {""id"":272,""name"":""bad price"",""price"":""abc""},
                ""not an object"",
                {""id"":273,""name"":""also ok"",""price"":""1.50""}]}");

        Assert.Equal(new[] { "270", "273" }, result.Items.Select(v => v.Id));
        Assert.Equal(3, result.Problems.Count);
        Assert.Contains("entry 1", result.Problems[0]);
        Assert.Contains("no id", result.Problems[0]);
        Assert.Contains("entry 2", result.Problems[1]);
        Assert.Contains("272", result.Problems[1]);
        Assert.Contains("price \"abc\" is not a number", result.Problems[1]);
        Assert.Contains("entry 3", result.Problems[2]);
        Assert.Contains("not an object", result.Problems[2]);
    }

    [Fact]
    public void A_broken_experience_is_left_out_but_the_voucher_stays()
    {
        var result = Read(@"{""data"":[{""id"":280,""type"":""experience"",""experiences"":[
                {""id"":1,""name"":""Spa"",""bit_value"":1},{""id"":2,""name"":""Odd"",""bit_value"":""three""},{""id"":3,""name"":""Massage"",""bit_value"":4}]}]}");

        var voucher = Assert.Single(result.Items);
        Assert.Equal(new[] { "Spa", "Massage" }, voucher.Experiences.Select(e => e.Name));
        var problem = Assert.Single(result.Problems);
        Assert.Contains("experience 1", problem);
        Assert.Contains("bit_value", problem);
    }

    [Theory]
    [InlineData("<html><head><title>502 Bad Gateway</title></head></html>", "HTML")]
    [InlineData("{\"data\":[{\"id\":1", "not valid JSON")]
    [InlineData("{\"message\":\"hello\"}", "no list")]
    [InlineData("", "empty")]
    public void An_unreadable_answer_says_what_came_back_in_plain_words(string body, string expected)
    {
        var e = Assert.Throws<UnreadableBodyException>(() => Read(body));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Payment_methods_are_read_leniently_too()
    {
        var result = ListReader.PaymentMethods(Encoding.UTF8.GetBytes(@"{""data"":[{""id"":11,""name"":""Card""},{""id"":""12"",""name"":""Cash"",""provider"":""till""},{""name"":""nameless""},42]}"), "application/json");

        Assert.Equal(new[] { "11", "12" }, result.Items.Select(m => m.Id));
        Assert.Equal("till", result.Items[1].AdditionalFields["provider"].GetString());
        Assert.Equal(2, result.Problems.Count);
        Assert.Contains("entry 2", result.Problems[0]);
        Assert.Contains("entry 3", result.Problems[1]);
    }

    [Theory]
    [InlineData("\"1,000.00\"")]
    [InlineData("\"150.00\"")]
    [InlineData("\"1.005\"")]
    [InlineData("\"-5\"")]
    public void Money_text_in_an_answer_follows_the_one_rule_for_money_text(string price)
    {
        var text = price.Trim('"');
        var asMoneyText = SmartGift.MoneyText.Parse(text, out _);

        var result = Read(@"{""data"":[{""id"":1,""name"":""A"",""price"":" + price + "}]}");

        if (asMoneyText is decimal amount)
        {
            Assert.Equal(amount, Assert.Single(result.Items).Price);
            Assert.Empty(result.Problems);
        }
        else
        {
            Assert.Empty(result.Items);
            Assert.Contains("price " + price + " is not a number", Assert.Single(result.Problems));
        }
    }

    [Fact]
    public void A_thousands_separator_in_a_price_is_refused_not_read_as_a_thousand()
    {
        Assert.Null(SmartGift.MoneyText.Parse("1,000.00", out _));

        var result = Read(@"[{""id"":1,""price"":""1,000.00""},{""id"":2,""price"":1000.00}]");

        Assert.Equal(new[] { "2" }, result.Items.Select(v => v.Id));
        Assert.Contains("voucher entry 0 (id 1): price \"1,000.00\" is not a number", Assert.Single(result.Problems));
    }
}

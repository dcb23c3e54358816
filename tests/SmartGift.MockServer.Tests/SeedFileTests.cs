using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using SmartGift.MockServer.Tests.Infrastructure;
using SmartGift.Testing;

namespace SmartGift.MockServer.Tests;

/// <summary>A server started from a seed file of the documented schema (docs/mock-server.md).</summary>
public sealed class CustomSeedFixture : MockServerFixture, IDisposable
{
    public const string Key = "sk_test_custom_shop";

    public const string Seed = @"{
  ""next_redemption_id"": 500,
  ""companies"": [
    {
      ""name"": ""Custom Shop"",
      ""api_keys"": [""sk_test_custom_shop""],
      ""voucher_prefix"": ""CUST"",
      ""sites"": [ { ""id"": ""7"", ""name"": ""Shop floor"" } ],
      ""vouchers"": [
        { ""id"": 10, ""name"": ""£20 Voucher"", ""status"": ""active"", ""type"": ""monetary"", ""price"": 20.00 },
        { ""id"": 11, ""name"": ""Tasting"", ""status"": ""active"", ""type"": ""experience"", ""price"": 45.00,
          ""experiences"": [ { ""id"": 1, ""name"": ""Wine"", ""bit_value"": 1 }, { ""id"": 2, ""name"": ""Cheese"", ""bit_value"": 2 } ] }
      ],
      ""payment_methods"": [ { ""id"": 5, ""name"": ""Voucher Card"" } ],
      ""delivery_methods"": [ { ""id"": 6, ""name"": ""Collect"", ""price"": 0, ""offline"": false } ],
      ""issued_vouchers"": [
        { ""voucher_no"": ""CUST000041"", ""catalogue_id"": 10, ""type"": ""monetary"", ""balance"": 15.00 },
        { ""voucher_no"": ""CUST000042"", ""catalogue_id"": 11, ""type"": ""experience"", ""used_experiences"": [2], ""valid_until_days"": 10 }
      ]
    }
  ]
}";

    private readonly string _path = Path.Combine(Path.GetTempPath(), "smartgift-seed-" + Guid.NewGuid().ToString("N") + ".json");

    protected override MockServerOptions CreateOptions()
    {
        File.WriteAllText(_path, Seed);
        return new MockServerOptions { SeedPath = _path };
    }

    public void Dispose() => File.Delete(_path);
}

public sealed class SeedFileTests : MockServerTest<CustomSeedFixture>
{
    private readonly System.Net.Http.HttpClient _custom;

    public SeedFileTests(CustomSeedFixture fixture)
        : base(fixture)
    {
        _custom = fixture.CreateClient(CustomSeedFixture.Key);
    }

    [Fact]
    public async Task The_seed_file_replaces_the_built_in_data()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Demo.GetAnswerAsync("vouchers")).Status);

        var catalogue = await _custom.GetAnswerAsync("vouchers");
        Assert.Equal(new[] { "£20 Voucher", "Tasting" }, catalogue.Json.GetProperty("data").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
        Assert.Equal("{\"data\":[{\"id\":5,\"name\":\"Voucher Card\"}]}", (await _custom.GetAnswerAsync("payment-methods")).Text);
        Assert.Equal(new[] { "CUST000041", "CUST000042" }, (await Control.GetIssuedVouchersAsync()).Select(v => v.VoucherNo));
    }

    [Fact]
    public async Task Seeded_vouchers_redeem_with_the_seeded_ids_and_sites()
    {
        var monetary = await _custom.RedeemAsync("CUST000041", "7", 15m);
        var experience = await _custom.RedeemAsync("CUST000042", "7", 1m);

        Assert.Equal("{\"data\":{\"message\":\"The voucher has been redeemed.\",\"redemptions\":[500]}}", monetary.Text);
        Assert.Equal("{\"data\":{\"message\":\"The voucher has been redeemed.\",\"redemptions\":[501]}}", experience.Text);
        ValidationAssert.Single(await _custom.RedeemAsync("CUST000041", "7", 1m), "voucher_no", "Sorry this voucher has already been redeemed.");
    }

    [Fact]
    public async Task Validity_days_are_relative_to_the_clock()
    {
        await Control.AdvanceClockAsync(TimeSpan.FromDays(11));

        ValidationAssert.Single(await _custom.RedeemAsync("CUST000042", "7", 1m), "voucher_no", "The voucher number provided has expired.");
    }

    [Fact]
    public async Task Sales_continue_the_seeded_number_sequence()
    {
        var body = SaleBodies.Of("10", 20m, "C-1");
        body.Delivery()["delivery_method"] = 6;
        body.Delivery()["price"] = 0;
        body.Totals()["total"] = 20m;
        body.Totals()["subtotal"] = 20m;
        body.Payment()["amount"] = 20m;
        body.Payment()["payment_method_id"] = 5;

        var answer = await _custom.SellAsync(body);

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        Assert.Equal(new[] { "CUST000043" }, Assert.Single(await Control.GetOrdersAsync()).VoucherNumbers);
    }

    [Theory]
    [InlineData("{\"companies\": [ { \"name\": \"No keys\" } ]}", "No keys")]
    [InlineData("{\"companies\": []}", "has no companies")]
    [InlineData("{\"companies\": [", "is not valid")]
    [InlineData("{\"companies\": [ { \"name\": \"A\", \"api_keys\": [\"k\"], \"voucher_prefix\": \"A\", \"issued_vouchers\": [ { \"voucher_no\": \"A1\" }, { \"voucher_no\": \"a1\" } ] } ]}", "repeated voucher_no")]
    [InlineData("{\"companies\": [ { \"name\": \"A\", \"api_keys\": [\"k\"], \"voucher_prefix\": \"A\", \"issued_vouchers\": [ { \"voucher_no\": \"A1\", \"type\": \"experience\" } ] } ]}", "needs a catalogue_id")]
    [InlineData("{\"companies\": [ { \"name\": \"A\", \"api_keys\": [\"k\"], \"voucher_prefix\": \"A\" }, { \"name\": \"B\", \"api_keys\": [\"k\"], \"voucher_prefix\": \"B\" } ]}", "repeats an API key")]
    public async Task An_invalid_seed_file_stops_the_start_with_a_clear_error(string seed, string reason)
    {
        var path = Path.Combine(Path.GetTempPath(), "smartgift-bad-seed-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(path, seed);
        try
        {
            var error = await Assert.ThrowsAsync<InvalidDataException>(() => MockServerHost.StartAsync(new MockServerOptions { SeedPath = path }));
            Assert.Contains(reason, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

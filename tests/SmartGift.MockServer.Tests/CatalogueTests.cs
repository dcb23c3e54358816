using System.Linq;
using System.Net;
using System.Threading.Tasks;
using SmartGift.MockServer.Tests.Infrastructure;
using SmartGift.Testing;

namespace SmartGift.MockServer.Tests;

public sealed class CatalogueTests : MockServerTest
{
    public CatalogueTests(MockServerFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public async Task Vouchers_list_the_whole_catalogue_in_the_wire_shape()
    {
        var answer = await Demo.GetAnswerAsync("vouchers");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var data = answer.Json.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(new long[] { 270, 271, 280, 290, 291 }, data.Select(v => v.GetProperty("id").GetInt64()));
        Assert.Equal(new[] { "active", "active", "active", "hidden", "disabled" }, data.Select(v => v.GetProperty("status").GetString()));
        var first = data[0];
        Assert.Equal("£150 Gift Voucher", first.GetProperty("name").GetString());
        Assert.Equal("monetary", first.GetProperty("type").GetString());
        Assert.Equal("150.00", first.GetProperty("price").GetString());
        Assert.Empty(first.GetProperty("experiences").EnumerateArray());
        Assert.StartsWith("https://", first.GetProperty("image").GetString());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task The_experience_voucher_lists_its_experiences_with_bit_values()
    {
        var answer = await Demo.GetAnswerAsync("vouchers");

        var spa = answer.Json.GetProperty("data").EnumerateArray().Single(v => v.GetProperty("id").GetInt64() == 280);
        Assert.Equal("experience", spa.GetProperty("type").GetString());
        Assert.Equal("180.00", spa.GetProperty("price").GetString());
        var experiences = spa.GetProperty("experiences").EnumerateArray()
            .Select(e => (e.GetProperty("id").GetInt64(), e.GetProperty("name").GetString()!, e.GetProperty("bit_value").GetInt32()))
            .ToArray();
        Assert.Equal(new[] { (1L, "Spa Access", 1), (2L, "Lunch", 2), (3L, "Massage", 4), (4L, "Afternoon Tea", 8) }, experiences);
    }

    [Fact]
    public async Task Vouchers_are_written_exactly_so()
    {
        Assert.Equal(DemoVouchers, (await Demo.GetAnswerAsync("vouchers")).Text);
    }

    [Fact]
    public async Task Payment_methods_are_the_companys()
    {
        Assert.Equal("{\"data\":[{\"id\":11,\"name\":\"Card\"},{\"id\":12,\"name\":\"Cash\"}]}", (await Demo.GetAnswerAsync("payment-methods")).Text);
        Assert.Equal("{\"data\":[{\"id\":21,\"name\":\"Card\"}]}", (await Sister.GetAnswerAsync("payment-methods")).Text);
    }

    private static readonly string DemoVouchers = WrappedText.Flat("""
        {"data":[{"id":270,"name":"£150 Gift Voucher","description":"A £150 voucher to spend at Demo Venue.",
        "image":"https://images.devsmartgift.co.uk/vouchers/270.jpg",
        "status":"active","type":"monetary","price":"150.00",
        "experiences":[]},{"id":271,"name":"£50 Gift Voucher",
        "description":"A £50 voucher to spend at Demo Venue.",
        "image":"https://images.devsmartgift.co.uk/vouchers/271.jpg",
        "status":"active","type":"monetary","price":"50.00",
        "experiences":[]},{"id":280,"name":"Spa Day for Two",
        "description":"Spa access, lunch, a massage and afternoon tea for two.",
        "image":"https://images.devsmartgift.co.uk/vouchers/280.jpg",
        "status":"active","type":"experience","price":"180.00",
        "experiences":[{"id":1,"name":"Spa Access","bit_value":1},
        {"id":2,"name":"Lunch","bit_value":2},{"id":3,"name":"Massage",
        "bit_value":4},{"id":4,"name":"Afternoon Tea","bit_value":8}]},
        {"id":290,"name":"£25 Staff Voucher","description":"Hidden from the shop.",
        "image":"https://images.devsmartgift.co.uk/vouchers/290.jpg",
        "status":"hidden","type":"monetary","price":"25.00",
        "experiences":[]},{"id":291,"name":"£10 Summer Voucher",
        "description":"No longer sold.","image":"https://images.devsmartgift.co.uk/vouchers/291.jpg",
        "status":"disabled","type":"monetary","price":"10.00",
        "experiences":[]}]}
        """);
}

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
    public async Task Payment_methods_are_the_companys()
    {
        Assert.Equal("{\"data\":[{\"id\":11,\"name\":\"Card\"},{\"id\":12,\"name\":\"Cash\"}]}", (await Demo.GetAnswerAsync("payment-methods")).Text);
        Assert.Equal("{\"data\":[{\"id\":21,\"name\":\"Card\"}]}", (await Sister.GetAnswerAsync("payment-methods")).Text);
    }
}

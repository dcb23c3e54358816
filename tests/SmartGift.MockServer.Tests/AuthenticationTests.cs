using System.Net;
using System.Threading.Tasks;
using SmartGift.MockServer.Tests.Infrastructure;
using SmartGift.Testing;

namespace SmartGift.MockServer.Tests;

public sealed class AuthenticationTests : MockServerTest
{
    public AuthenticationTests(MockServerFixture fixture)
        : base(fixture)
    {
    }

    [Theory]
    [InlineData("GET", "vouchers")]
    [InlineData("GET", "payment-methods")]
    [InlineData("POST", "pos-sale")]
    [InlineData("POST", "sale")]
    [InlineData("POST", "redeem")]
    [InlineData("POST", "redeem/hold")]
    public async Task Every_route_needs_a_known_key(string method, string path)
    {
        foreach (var key in new[] { null, "sk_test_wrong" })
        {
            using var client = Fixture.CreateClient(key);
            var answer = method == "GET" ? await client.GetAnswerAsync(path) : await client.PostTextAsync(path, MockSeed.ExampleSaleBody);

            Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
            Assert.Equal("{\"message\":\"Unauthenticated.\"}", answer.Text);
            Assert.Equal("application/json", answer.ContentType);
        }

        Assert.Empty(await Control.GetOrdersAsync());
    }

    [Fact]
    public async Task A_401_carries_the_rate_limit_headers()
    {
        using var client = Fixture.CreateClient("sk_test_wrong");

        var answer = await client.GetAnswerAsync("vouchers");

        Assert.Equal("60", answer.Header("X-RateLimit-Limit"));
        Assert.Equal("59", answer.Header("X-RateLimit-Remaining"));
    }

    [Fact]
    public async Task A_key_sees_only_its_own_company()
    {
        var sister = await Sister.GetAnswerAsync("vouchers");

        Assert.Equal(HttpStatusCode.OK, sister.Status);
        var ids = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(sister.Json.GetProperty("data").EnumerateArray(), v => v.GetProperty("id").GetInt64()));
        Assert.Equal(new long[] { 370 }, ids);
    }

    [Fact]
    public async Task Unknown_routes_are_json_404s()
    {
        var answer = await Demo.GetAnswerAsync("nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("{\"message\":\"Not Found.\"}", answer.Text);
    }
}

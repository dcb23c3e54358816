using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using SmartGift.MockServer.Tests.Infrastructure;
using SmartGift.Testing;
using SmartGift.Testing.SharedCases;

namespace SmartGift.MockServer.Tests;

/// <summary>
/// Every case of tests/SmartGift.Testing/SharedCases posted over HTTP to the mock server (reset
/// to its seed first, as the Demo Venue company): 200, or 422 naming exactly the table's fields.
/// Core.Tests runs the same table through the client's rules, so the two cannot drift apart.
/// </summary>
public sealed class SharedCaseTests : MockServerTest
{
    public SharedCaseTests(MockServerFixture fixture)
        : base(fixture)
    {
    }

    public static IEnumerable<object[]> SaleCases => SharedCaseTable.Names(SharedCaseTable.Sales);

    public static IEnumerable<object[]> RedeemCases => SharedCaseTable.Names(SharedCaseTable.Redemptions);

    [Theory]
    [MemberData(nameof(SaleCases))]
    public async Task The_mock_answers_the_sale_case_as_the_table_says(string name)
    {
        var shared = SharedCaseTable.Find(SharedCaseTable.Sales, name);

        var answer = await Demo.SellAsync(shared.Body);

        AssertAnswer(shared, answer);
        Assert.Equal(shared.Api.Accepted ? 1 : 0, (await Control.GetOrdersAsync()).Count);
    }

    [Theory]
    [MemberData(nameof(RedeemCases))]
    public async Task The_mock_answers_the_redeem_case_as_the_table_says(string name)
    {
        var shared = SharedCaseTable.Find(SharedCaseTable.Redemptions, name);
        var body = shared.Body;
        if (shared.Before == "hold")
        {
            var hold = await Demo.HoldAsync((string)body["voucher_no"]!);
            Assert.True(hold.Status == HttpStatusCode.OK, hold.ToString());
            if ((string?)body["hold_token"] == "{hold_token}")
            {
                body["hold_token"] = hold.Json.GetProperty("hold_token").GetString();
            }
        }
        else
        {
            Assert.Null(shared.Before);
        }

        AssertAnswer(shared, await Demo.PostJsonAsync("redeem", body));
    }

    private static void AssertAnswer(SharedCase shared, ApiAnswer answer)
    {
        var said = answer.Status switch
        {
            HttpStatusCode.OK => "accepted",
            HttpStatusCode.UnprocessableEntity => CaseOutcome.Describe(false, answer.ErrorFields()),
            _ => answer.ToString(),
        };

        Assert.True(shared.Api.Describe() == said, $"'{shared.Name}': the table says {shared.Api.Describe()}; the mock answered {said}\n  {answer}");
    }
}

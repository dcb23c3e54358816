using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using SmartGift.Testing.SharedCases;

namespace SmartGift.Core.Tests.SharedCases;

/// <summary>
/// Every case of tests/SmartGift.Testing/SharedCases/redeem-cases.json through the client's
/// redemption rules (RedemptionPlanner, the body's values as one row, no default site, no
/// catalogue): the same answer and field names as the API, or the documented difference.
/// </summary>
public class ClientRedeemCaseTests
{
    public static IEnumerable<object[]> Cases => SharedCaseTable.Names(SharedCaseTable.Redemptions);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_client_answers_the_redeem_case_as_the_table_says(string name)
    {
        var shared = SharedCaseTable.Find(SharedCaseTable.Redemptions, name);
        var body = shared.Body;
        var row = new RedemptionRow
        {
            RowNumber = 1,
            VoucherNumber = Text(body["voucher_no"]),
            SiteId = Text(body["site_id"]),
            Value = Text(body["value"]),
            HoldToken = Text(body["hold_token"]),
        };

        var plan = RedemptionPlanner.Plan(row, catalogue: null, defaultSiteId: null);
        var answer = CaseOutcome.Describe(plan.IsValid, plan.Problems.Select(p => p.Field).Distinct());

        Assert.False(plan.NeedsCatalogue, name);
        Assert.True(shared.Client.Describe() == answer,
            $"'{name}': the table says {shared.Client.Describe()}; the client's rules say {answer}" +
            string.Concat(plan.Problems.Select(p => "\n  " + p.Message)));
    }

    [Fact]
    public void The_table_covers_acceptances_refusals_and_explained_differences()
    {
        var cases = SharedCaseTable.Redemptions;

        Assert.True(cases.Count >= 20, cases.Count + " redeem cases");
        Assert.Contains(cases, c => c.Api.Accepted && c.ClientDifference == null);
        Assert.Contains(cases, c => !c.Api.Accepted && c.ClientDifference == null);
    }

    /// <summary>A value as a row holds it: a string as it is, a number as written in the body.</summary>
    private static string? Text(JsonNode? node) =>
        node == null ? null : node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
}

using System.Collections.Generic;
using System.Linq;
using SmartGift.Testing.SharedCases;

namespace SmartGift.Core.Tests.SharedCases;

/// <summary>
/// Every case of tests/SmartGift.Testing/SharedCases/sale-cases.json through the client's rules
/// (SaleValidator.Validate): the same answer and the same field names as the API, or the
/// client's documented difference. MockServer.Tests runs the same table over HTTP.
/// </summary>
public class ClientSaleCaseTests
{
    public static IEnumerable<object[]> Cases => SharedCaseTable.Names(SharedCaseTable.Sales);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_client_answers_the_sale_case_as_the_table_says(string name)
    {
        var shared = SharedCaseTable.Find(SharedCaseTable.Sales, name);
        var (sale, unreadable) = SaleBodyReader.Read(shared.Body.ToJsonString());
        var problems = sale == null ? new List<RecordProblem>() : SaleValidator.Validate(sale, "case").ToList();
        var fields = unreadable != null ? new[] { unreadable } : problems.Select(p => p.Field).Distinct().ToArray();
        var answer = CaseOutcome.Describe(unreadable == null && problems.Count == 0, fields);

        Assert.True(shared.Client.Describe() == answer,
            $"'{name}': the table says {shared.Client.Describe()}; the client's rules say {answer}" +
            (unreadable != null ? " (the model cannot hold " + unreadable + ")" : "") +
            string.Concat(problems.Select(p => "\n  " + p.Message)));
    }

    [Fact]
    public void The_base_body_reads_into_the_model_with_every_value_of_document_000()
    {
        var (sale, unreadable) = SaleBodyReader.Read(SharedCaseTable.Find(SharedCaseTable.Sales, "document 000 example as it is").Body.ToJsonString());

        Assert.Null(unreadable);
        var cart = sale!.Cart;
        Assert.Equal("123", sale.OrderId);
        Assert.Equal(("270", 150.00m, 150m), (cart.Items.Single().Id, cart.Items[0].Price, cart.Items[0].Total));
        Assert.Equal((150.5m, 150.5m), (cart.Totals!.Total, cart.Totals.Subtotal));
        Assert.Equal(("marty.gift@smart-gift.co.uk", "High Street", "Newport"), (cart.Customer!.Email, cart.Customer.Address2, cart.Customer.County));
        Assert.Equal(("12", 0.50m, "Email Delivery"), (cart.Delivery!.DeliveryMethod, cart.Delivery.Price, cart.Delivery.Name));
        Assert.Equal(("11", 150.5m), (cart.Payments.Single().PaymentMethodId, cart.Payments[0].Amount));
    }

    [Fact]
    public void The_table_covers_acceptances_refusals_and_explained_differences()
    {
        var cases = SharedCaseTable.Sales;

        Assert.True(cases.Count >= 40, cases.Count + " sale cases");
        Assert.Contains(cases, c => c.Api.Accepted && c.ClientDifference == null);
        Assert.Contains(cases, c => !c.Api.Accepted && c.ClientDifference == null);
        Assert.All(cases.Where(c => c.ClientDifference != null), c => Assert.False(string.IsNullOrWhiteSpace(c.ClientDifference!.Reason), c.Name));
    }
}

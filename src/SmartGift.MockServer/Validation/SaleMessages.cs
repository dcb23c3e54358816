using SmartGift.MockServer.Http;

namespace SmartGift.MockServer.Validation;

/// <summary>The sale's own rules, in plain words (the documents give no wording for them).</summary>
internal static class SaleMessages
{
    public static string TotalNotPayments(decimal payments) =>
        $"The cart.totals.total must equal the sum of the payment amounts ({Money.Text(payments)}).";

    public static string SubtotalNotItems(decimal expected) =>
        $"The cart.totals.subtotal must equal the item totals plus the delivery price ({Money.Text(expected)}).";
}

namespace SmartGift;

/// <summary>
/// The server's rules for a /redeem body (document 003), checked before anything is sent, with
/// the API's field names: voucher_no and site_id required, exactly one of an amount (money
/// above 0, two decimals at most) or experience bits (above 0), text within FieldLimits.
/// RedemptionPlanner reads rows into a request; this is the one rule set for the request itself.
/// </summary>
internal static class RedeemValidator
{
    public static IReadOnlyList<RecordProblem> Validate(RedeemRequest request, string location)
    {
        var problems = new ProblemList();
        if (request == null) { problems.Add(location, "voucher_no", "the redemption is missing"); return problems.Items; }
        foreach (var (field, value, required) in new[]
        {
            ("voucher_no", request.VoucherNumber, true), ("site_id", request.SiteId, true), ("hold_token", request.HoldToken, false),
        })
        {
            if (!string.IsNullOrWhiteSpace(value)) problems.AddLimit(location, field, value!.Trim());
            else if (required) problems.Add(location, field, field + " is required");
        }
        if ((request.Amount == null) == (request.ExperienceBits == null))
            problems.Add(location, "value", "give either an amount (monetary voucher) or experience bits (experience voucher), not both or neither");
        else if (request.Amount is decimal amount)
        {
            var reason = MoneyText.Check(amount, mustBePositive: true);
            if (reason != null) problems.Add(location, "value", "value " + reason);
        }
        else if (request.ExperienceBits <= 0)
            problems.Add(location, "value", "value: the experience bits must be above 0");
        return problems.Items;
    }
}

namespace SmartGift;

/// <summary>
/// DESIGN 16: Smart Gift's redeem takes one `value`, money on a monetary voucher and a sum of
/// experience bits on an experience voucher, and nobody can ask which kind a voucher number
/// is. So a result states the value sent and both of its readings, and an answer whose number
/// of redemptions does not fit the request is flagged, never explained away.
/// </summary>
internal static class RedemptionTruth
{
    /// <summary>"value 5 sent as money (GBP 5.00); on an experience voucher Smart Gift reads it as experience bits 1 + 4".</summary>
    public static string Sent(RedeemRequest request, IReadOnlyList<string> experienceNames)
    {
        if (request.Amount is decimal amount)
        {
            var text = "value " + amount.ToString("0.##", CultureInfo.InvariantCulture) + " sent as money (" + amount.ToString("0.00", CultureInfo.InvariantCulture) + " on a monetary voucher)";
            var bits = amount == decimal.Truncate(amount) && amount > 0 && amount <= long.MaxValue ? (long)amount : 0;
            return bits > 0
                ? text + "; on an experience voucher Smart Gift reads the same value as experience bits " + string.Join(" + ", Bits(bits))
                : text;
        }
        var sum = request.ExperienceBits ?? 0;
        return "value " + sum.ToString(CultureInfo.InvariantCulture) + " sent as experience bits " + string.Join(" + ", Bits(sum))
            + (experienceNames.Count > 0 ? " (" + string.Join(", ", experienceNames) + ")" : "")
            + "; on a monetary voucher Smart Gift reads the same value as money (" + sum.ToString(CultureInfo.InvariantCulture) + ".00)";
    }

    /// <summary>Null when the number of redemptions made fits the request; else what does not fit.</summary>
    public static string? Contradiction(RedeemRequest request, int redemptionsMade)
    {
        var expected = request.Amount != null ? 1 : Bits(request.ExperienceBits ?? 0).Count();
        if (redemptionsMade == expected) return null;
        var asked = request.Amount != null
            ? "money was asked for (one redemption)"
            : expected + " experience" + (expected == 1 ? " was" : "s were") + " asked for (one redemption each)";
        var reading = request.Amount != null && redemptionsMade > 1
            ? ": the voucher is probably an experience voucher, which read the value as experience bits"
            : request.Amount == null && redemptionsMade == 1
                ? ": the voucher is probably a monetary voucher, which read the value as money"
                : "";
        return asked + ", and Smart Gift made " + redemptionsMade + " redemption" + (redemptionsMade == 1 ? "" : "s") + reading
            + "; check the voucher in the Smart Gift dashboard";
    }

    private static IEnumerable<long> Bits(long sum)
    {
        for (var bit = 1L; bit > 0 && bit <= sum; bit <<= 1)
            if ((sum & bit) != 0) yield return bit;
    }
}

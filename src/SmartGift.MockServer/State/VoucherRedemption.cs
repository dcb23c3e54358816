using SmartGift.MockServer.Validation;

namespace SmartGift.MockServer.State;

/// <summary>Applies a validated redemption: lowers the balance or marks experiences used, one record each.</summary>
internal static class VoucherRedemption
{
    /// <remarks>Call under the state lock, right after validation.</remarks>
    public static IReadOnlyList<long> Apply(SimulatorState state, RedeemInput input, DateTimeOffset now)
    {
        var voucher = input.Voucher;
        var common = new RedemptionRecord(
            0, voucher.VoucherNo, voucher.Company.Name, input.SiteId, "monetary", null, null, null, null, input.UsesHold, now);
        var records = voucher.IsExperience
            ? voucher.Experiences.Where(e => ((int)input.Value & e.BitValue) != 0)
                .Select(e => common with { Type = "experience", ExperienceId = e.Id, ExperienceName = e.Name, BitValue = e.BitValue })
                .ToList()
            : [common with { Amount = input.Value }];

        var ids = new List<long>();
        foreach (var record in records)
        {
            voucher.UsedBits |= record.BitValue ?? 0;
            voucher.Balance -= record.Amount ?? 0m;
            ids.Add(state.NextRedemptionId++);
            state.Redemptions.Add(record with { Id = ids[^1] });
        }

        if (input.UsesHold)
        {
            // Redeeming with the token ends the hold.
            voucher.Hold = null;
        }

        return ids;
    }
}

using SmartGift.MockServer.Validation;

namespace SmartGift.MockServer.State;

/// <summary>Applies a validated redemption: lowers the balance or marks experiences used, one record each.</summary>
internal static class VoucherRedemption
{
    /// <remarks>Call under the state lock, right after validation.</remarks>
    public static IReadOnlyList<long> Apply(SimulatorState state, RedeemInput input, DateTimeOffset now)
    {
        var voucher = input.Voucher;
        var ids = new List<long>();
        if (voucher.IsExperience)
        {
            var bits = (int)input.Value;
            foreach (var experience in voucher.Experiences)
            {
                if ((bits & experience.BitValue) == 0)
                {
                    continue;
                }

                voucher.UsedBits |= experience.BitValue;
                ids.Add(Record(state, input, now, r =>
                {
                    r.Type = "experience";
                    r.ExperienceId = experience.Id;
                    r.ExperienceName = experience.Name;
                    r.BitValue = experience.BitValue;
                }));
            }
        }
        else
        {
            voucher.Balance -= input.Value;
            ids.Add(Record(state, input, now, r =>
            {
                r.Type = "monetary";
                r.Amount = input.Value;
            }));
        }

        if (input.UsesHold)
        {
            // Redeeming with the token ends the hold.
            voucher.Hold = null;
        }

        return ids;
    }

    private static long Record(SimulatorState state, RedeemInput input, DateTimeOffset now, Action<RedemptionRecord> fill)
    {
        var record = new RedemptionRecord
        {
            Id = state.NextRedemptionId++,
            VoucherNo = input.Voucher.VoucherNo,
            Company = input.Voucher.Company.Name,
            SiteId = input.SiteId,
            WithHoldToken = input.UsesHold,
            CreatedAt = now,
        };
        fill(record);
        state.Redemptions.Add(record);
        return record.Id;
    }
}

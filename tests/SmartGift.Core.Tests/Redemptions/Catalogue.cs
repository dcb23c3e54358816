using System.Collections.Generic;

namespace SmartGift.Core.Tests.Redemptions;

/// <summary>The seed catalogue of BRIEF.md, plus helpers to add vouchers that make names ambiguous.</summary>
internal static class Catalogue
{
    public static List<Voucher> Seed() => new List<Voucher>
    {
        new Voucher { Id = "270", Name = "£150 Gift Voucher", Type = VoucherType.Monetary, Status = VoucherStatus.Active, Price = 150m },
        new Voucher { Id = "271", Name = "£50 Gift Voucher", Type = VoucherType.Monetary, Status = VoucherStatus.Active, Price = 50m },
        Experience("280", "Spa Day for Two", ("Spa Access", 1), ("Lunch", 2), ("Massage", 4), ("Afternoon Tea", 8)),
    };

    public static Voucher Experience(string id, string name, params (string Name, long Bit)[] experiences)
    {
        var list = new List<Experience>();
        var n = 1;
        foreach (var (en, bit) in experiences)
            list.Add(new Experience { Id = id + "-" + n++, Name = en, BitValue = bit, VoucherId = id });
        return new Voucher { Id = id, Name = name, Type = VoucherType.Experience, Status = VoucherStatus.Active, Price = 100m, Experiences = list };
    }
}

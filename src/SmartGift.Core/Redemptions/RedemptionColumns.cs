using SmartGift.Sales;

namespace SmartGift.Redemptions
{
    /// <summary>
    /// The redemption CSV columns in documented order (docs/csv-format.md): the one declaration of
    /// them (public as CsvColumns.Redemption). voucher_no is required; value or experiences, one of
    /// the two, is checked per row (RedemptionPlanner).
    /// </summary>
    internal static class RedemptionColumns
    {
        public static readonly IReadOnlyList<RedemptionColumn> All = new[]
        {
            new RedemptionColumn("reference", false, (r, v) => r.Reference = v),
            new RedemptionColumn("voucher_no", true, (r, v) => r.VoucherNumber = v),
            new RedemptionColumn("site_id", false, (r, v) => r.SiteId = v),
            new RedemptionColumn("value", false, (r, v) => r.Value = v),
            new RedemptionColumn("experiences", false, (r, v) => r.ExperienceNames = SplitNames(v)),
            new RedemptionColumn("hold_token", false, (r, v) => r.HoldToken = v),
            new RedemptionColumn("catalogue_voucher_id", false, (r, v) => r.CatalogueVoucherId = v),
        };

        /// <summary>"Spa Access;Massage": names separated by ';', blanks dropped.</summary>
        public static IReadOnlyList<string> SplitNames(string? text)
        {
            if (text == null) return Array.Empty<string>();
            var names = new List<string>();
            foreach (var part in text.Split(';'))
            {
                var name = part.Trim();
                if (name.Length > 0) names.Add(name);
            }
            return names;
        }
    }

    /// <summary>One CSV column of a redemption row and how it fills the RedemptionRow.</summary>
    internal sealed class RedemptionColumn : CsvColumn
    {
        public RedemptionColumn(string name, bool required, Action<RedemptionRow, string?> set) : base(name, false, required)
        {
            Set = set;
        }

        public Action<RedemptionRow, string?> Set { get; }
    }
}

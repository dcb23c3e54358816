using SmartGift.Sales;
using SmartGift.Redemptions;

namespace SmartGift
{
    /// <summary>The CSV columns of docs/csv-format.md, in documented order: the one declaration (SaleColumns, RedemptionColumns) made public.</summary>
    public static class CsvColumns
    {
        public static IReadOnlyList<CsvColumn> Sale { get; } = SaleColumns.All.ToArray();

        public static IReadOnlyList<CsvColumn> Redemption { get; } = RedemptionColumns.All.ToArray();
    }
}


namespace SmartGift;

/// <summary>The CSV columns of docs/csv-format.md, in documented order: the one declaration (SaleColumns, RedemptionColumns) made public.</summary>
internal static class CsvColumns
{
    public static CsvColumnTable Sale => SaleColumns.Table;

    public static CsvColumnTable Redemption => RedemptionColumns.Table;
}

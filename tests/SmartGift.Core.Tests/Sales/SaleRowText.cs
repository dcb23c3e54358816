namespace SmartGift.Core.Tests.Sales;

/// <summary>A column's text set through Core's column table (internal to Core, so here rather than in SmartGift.Testing's SaleRows).</summary>
internal static class SaleRowText
{
    public static SaleRow With(this SaleRow row, string column, string? value)
    {
        SaleColumns.Get(column).SetText(row, value);
        return row;
    }
}

namespace SmartGift;

/// <summary>One CSV column of a sale row (docs/csv-format.md) and the SaleRow property behind it.</summary>
internal sealed class SaleColumn : CsvColumn
{
    public SaleColumn(string name, bool perOrder, bool required, string? wirePath, Func<SaleRow, string?> get, Action<SaleRow, string?> set)
        : base(name, perOrder, required, wirePath, Array.Empty<string>())
    {
        Get = get;
        SetRow = set;
    }

    public Func<SaleRow, string?> Get { get; }
    public Action<SaleRow, string?> SetRow { get; }

    private protected override void Set(object row, string? value) => SetRow((SaleRow)row, value);
}

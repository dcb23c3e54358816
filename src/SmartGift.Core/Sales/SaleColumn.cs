namespace SmartGift.Sales
{
    /// <summary>One CSV column of a sale row (docs/csv-format.md) and the SaleRow property behind it.</summary>
    internal sealed class SaleColumn : CsvColumn
    {
        public SaleColumn(string name, bool perOrder, bool required, Func<SaleRow, string?> get, Action<SaleRow, string?> set)
            : base(name, perOrder, required)
        {
            Get = get;
            Set = set;
        }

        public Func<SaleRow, string?> Get { get; }
        public Action<SaleRow, string?> Set { get; }
    }
}

namespace SmartGift
{
    /// <summary>
    /// One column of the sale or redemption CSV format (docs/csv-format.md), as declared once in
    /// CsvColumns: CSV reading, the cmdlets' row parameters, the docs and the tests are checked against it.
    /// </summary>
    public class CsvColumn
    {
        internal CsvColumn(string name, bool perOrder, bool required)
        {
            Name = name;
            PerOrder = perOrder;
            Required = required;
        }

        /// <summary>snake_case, as in the header; the cmdlets take it as a parameter alias.</summary>
        public string Name { get; }

        /// <summary>Sales: customer, delivery and payment columns, one value per order (from its first row that gives it).</summary>
        public bool PerOrder { get; }

        /// <summary>Needs a value (on every row, or once per order for PerOrder columns).</summary>
        public bool Required { get; }

        public override string ToString() => Name;
    }
}

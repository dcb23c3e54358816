using System;

namespace SmartGift.Sales
{
    /// <summary>One CSV column of a sale row (docs/csv-format.md) and the SaleRow property behind it.</summary>
    internal sealed class SaleColumn
    {
        public SaleColumn(string name, bool perOrder, bool required, Func<SaleRow, string?> get, Action<SaleRow, string?> set)
        {
            Name = name;
            PerOrder = perOrder;
            Required = required;
            Get = get;
            Set = set;
        }

        /// <summary>snake_case, as in the header.</summary>
        public string Name { get; }
        /// <summary>Customer, delivery and payment columns: one value per order, from its first row that gives it.</summary>
        public bool PerOrder { get; }
        /// <summary>Needs a value (on every row for item columns, once per order for order columns).</summary>
        public bool Required { get; }
        public Func<SaleRow, string?> Get { get; }
        public Action<SaleRow, string?> Set { get; }
    }
}

using System.Globalization;

namespace SmartGift.Sales
{
    /// <summary>
    /// Takes a server refusal back to the file (issue 10, finding 13): the API's field name
    /// ("cart.items.0.id") becomes the row, the CSV column and the value as written
    /// ("line 5, voucher_id '999999'"), one problem per message, none hidden behind
    /// "(and 4 more errors)". One row is one item; per-order columns sit on the first row that has them.
    /// </summary>
    internal static class SaleFieldLocator
    {
        public static IReadOnlyList<RecordProblem> Locate(IReadOnlyDictionary<string, IReadOnlyList<string>> fieldErrors, IReadOnlyList<SaleRow> rows, string orderLocation)
        {
            var problems = new List<RecordProblem>();
            foreach (var pair in fieldErrors)
            {
                var (row, column) = Place(pair.Key, rows);
                var where = row == null ? orderLocation : row.Location;
                var value = row == null || column == null ? null : SaleColumns.Find(column)?.Get(row);
                var field = column ?? pair.Key;
                var shown = column == null ? pair.Key : column + (value == null ? "" : " " + ValueQuote.Of(value)) + " (" + pair.Key + ")";
                foreach (var message in pair.Value.DefaultIfEmpty("refused"))
                    problems.Add(new RecordProblem(where, field, shown + ": " + message));
            }
            return problems;
        }

        private static (SaleRow? Row, string? Column) Place(string field, IReadOnlyList<SaleRow> rows)
        {
            var parts = field.Split('.');
            if (rows.Count == 0) return (null, null);
            if (parts.Length == 1) return (First(rows, parts[0]), parts[0] == "order_id" ? "order_id" : null);
            if (parts[0] != "cart") return (rows[0], null);
            switch (parts[1])
            {
                case "items" when parts.Length >= 4 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var item):
                    var itemColumn = parts[3] switch
                    {
                        "id" => "voucher_id",
                        "total" => "price",
                        var other => other,
                    };
                    return (item < rows.Count ? rows[item] : rows[rows.Count - 1], Known(itemColumn));
                case "customer" when parts.Length >= 3:
                    return Order(rows, parts[2]);
                case "delivery" when parts.Length >= 3:
                    var deliveryColumn = parts[2] switch
                    {
                        "price" => "delivery_price",
                        var d when d.StartsWith("delivery_", StringComparison.Ordinal) => d,
                        var d => "delivery_" + d,
                    };
                    return Order(rows, deliveryColumn);
                case "payments" when parts.Length >= 4:
                    return Order(rows, parts[3] == "amount" ? "payment_amount" : parts[3]);
                case "totals":
                    return Order(rows, "payment_amount");
            }
            return (rows[0], null);
        }

        private static (SaleRow?, string?) Order(IReadOnlyList<SaleRow> rows, string column)
        {
            var known = Known(column);
            return (known == null ? rows[0] : First(rows, known), known);
        }

        private static SaleRow First(IReadOnlyList<SaleRow> rows, string column)
        {
            var found = SaleColumns.Find(column);
            return found == null ? rows[0] : rows.FirstOrDefault(r => !string.IsNullOrWhiteSpace(found.Get(r))) ?? rows[0];
        }

        private static string? Known(string column) => SaleColumns.Find(column) != null ? column : null;
    }
}

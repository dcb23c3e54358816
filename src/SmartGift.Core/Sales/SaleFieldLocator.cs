namespace SmartGift;

/// <summary>
/// Takes a server refusal back to the file (issue 10, finding 13): the API's field name
/// ("cart.items.2.id") becomes the row, the CSV column and the value as written
/// ("line 5, voucher_id '999999'"), one problem per message, none hidden behind
/// "(and 4 more errors)". The column is the one whose wire path (SaleColumns) the field is; an
/// item is found on the row that made it (a row of quantity 2 makes two items, issue 19
/// finding 3); per-order columns sit on the first row that has them.
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
            var value = row == null || column == null ? null : column.Get(row);
            var field = column?.Name ?? pair.Key;
            var shown = column == null ? pair.Key : column.Name + (value == null ? "" : " " + ValueQuote.Of(value)) + " (" + pair.Key + ")";
            foreach (var message in pair.Value.DefaultIfEmpty("refused"))
                problems.Add(new RecordProblem(where, field, shown + ": " + message));
        }
        return problems;
    }

    private static (SaleRow? Row, CsvColumn<SaleRow>? Column) Place(string field, IReadOnlyList<SaleRow> rows)
    {
        if (rows.Count == 0) return (null, null);
        var parts = field.Split('.');
        // "cart.items.2.id" is the wire path "cart.items.*.id", of item 2.
        int? index = null;
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n)) continue;
            index ??= n;
            parts[i] = "*";
        }
        var path = string.Join(".", parts);
        var column = ByWirePath(path);
        if (parts.Length >= 2 && parts[0] == "cart" && parts[1] == "items")
            return (index is int item ? CartBuilder.RowOfItem(rows, item) ?? rows[rows.Count - 1] : rows[0], column);
        if (column == null) return (rows[0], null);
        return (rows.FirstOrDefault(r => !string.IsNullOrWhiteSpace(column.Get(r))) ?? rows[0], column);
    }

    private static readonly Dictionary<string, CsvColumn<SaleRow>> WirePaths = SaleColumns.All
        .Where(c => c.WirePath != null).ToDictionary(c => c.WirePath!, StringComparer.Ordinal);

    private static CsvColumn<SaleRow>? ByWirePath(string path)
    {
        if (WirePaths.TryGetValue(path, out var column)) return column;
        // Computed from columns rather than given: an item's total is its price, the order's totals its payment.
        if (path == "cart.items.*.total") return SaleColumns.Get("price");
        if (path.StartsWith("cart.totals", StringComparison.Ordinal)) return SaleColumns.Get("payment_amount");
        return null;
    }
}

using System.Collections;

namespace SmartGift;

/// <summary>
/// The columns of one CSV format in documented order, found by any spelling of a header
/// (CsvColumn.KeyOf), with the words every form uses for a header it does not know, and how a
/// file's record becomes a row: the one reader of both kinds (CsvRowReader) asks it.
/// </summary>
/// <param name="columns">In documented order.</param>
/// <param name="record">What a missing required column refuses: "every order", "every row".</param>
/// <param name="newRow">An empty row of the table's kind.</param>
/// <param name="missing">For an optional column absent from the header: the problem every record gets, or null.</param>
internal sealed class CsvColumnTable(IReadOnlyList<CsvColumn> columns, string record, Func<ISourceRow> newRow,
    Func<IReadOnlyCollection<string>, string, string?>? missing = null) : IReadOnlyList<CsvColumn>
{
    private readonly CsvColumn[] _columns = columns.ToArray();
    private readonly Dictionary<string, int> _byKey = ByKey(columns);

    public int Count => _columns.Length;

    public CsvColumn this[int index] => _columns[index];

    /// <summary>The column a header (or a property or parameter name) means, or null.</summary>
    public CsvColumn? Find(string header) => IndexOf(header) is var i && i >= 0 ? _columns[i] : null;

    /// <summary>The place of the column a header means, or -1.</summary>
    public int IndexOf(string header) => _byKey.TryGetValue(CsvColumn.KeyOf(header), out var i) ? i : -1;

    private static Dictionary<string, int> ByKey(IReadOnlyList<CsvColumn> columns)
    {
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            foreach (var name in new[] { columns[i].Name }.Concat(columns[i].Aliases))
            {
                // Two columns answering to one spelling would make a header mean either: a declaration error.
                var key = CsvColumn.KeyOf(name);
                if (byKey.TryGetValue(key, out var other) && other != i)
                    throw new InvalidOperationException("Columns " + columns[other].Name + " and " + columns[i].Name + " both answer to '" + name + "'.");
                byKey[key] = i;
            }
        }
        return byKey;
    }

    public ISourceRow NewRow() => newRow();

    /// <summary>For a column absent from the header: the problem every record gets, or null when it may be left out.</summary>
    public string? Missing(IReadOnlyCollection<string> present, CsvColumn column) => column.Required
        ? "column '" + column.Name + "' is missing from the header; " + column.Name + " is required "
            + (column.PerOrder ? "once per order" : "on every row") + ", so " + record + " is refused"
        : missing?.Invoke(present, column.Name);

    /// <summary>The warning for a header no column answers to, in every form.</summary>
    public static string UnknownColumn(string header) => "unknown column " + ValueQuote.Of(header.Trim()) + " ignored";

    /// <summary>The warning for a second header meaning a column already given ("columns 3 and 29", "'Site ID' and 'site_id'").</summary>
    public static string Twice(CsvColumn column, string first, string second) =>
        "column '" + column.Name + "' appears twice (" + first + " and " + second + "); the first is used";

    public IEnumerator<CsvColumn> GetEnumerator() => ((IEnumerable<CsvColumn>)_columns).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _columns.GetEnumerator();
}

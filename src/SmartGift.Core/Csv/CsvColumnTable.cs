using System.Collections;

namespace SmartGift;

/// <summary>
/// The columns of one CSV format in documented order, found by any spelling of a header
/// (CsvColumn.KeyOf), with the words every form uses for a header it does not know.
/// </summary>
internal sealed class CsvColumnTable : IReadOnlyList<CsvColumn>
{
    private readonly CsvColumn[] _columns;
    private readonly Dictionary<string, int> _byKey = new Dictionary<string, int>(StringComparer.Ordinal);

    internal CsvColumnTable(IEnumerable<CsvColumn> columns)
    {
        _columns = columns.ToArray();
        for (var i = 0; i < _columns.Length; i++)
        {
            foreach (var name in new[] { _columns[i].Name }.Concat(_columns[i].Aliases))
            {
                // Two columns answering to one spelling would make a header mean either: a declaration error.
                var key = CsvColumn.KeyOf(name);
                if (_byKey.TryGetValue(key, out var other) && other != i)
                    throw new InvalidOperationException("Columns " + _columns[other].Name + " and " + _columns[i].Name + " both answer to '" + name + "'.");
                _byKey[key] = i;
            }
        }
    }

    public int Count => _columns.Length;

    public CsvColumn this[int index] => _columns[index];

    /// <summary>The column a header (or a property or parameter name) means, or null.</summary>
    public CsvColumn? Find(string header) => IndexOf(header) is var i && i >= 0 ? _columns[i] : null;

    /// <summary>The place of the column a header means, or -1.</summary>
    public int IndexOf(string header) => _byKey.TryGetValue(CsvColumn.KeyOf(header), out var i) ? i : -1;

    /// <summary>The warning for a header no column answers to, in every form.</summary>
    public static string UnknownColumn(string header) => "unknown column " + ValueQuote.Of(header.Trim()) + " ignored";

    /// <summary>The warning for a second header meaning a column already given ("columns 3 and 29", "'Site ID' and 'site_id'").</summary>
    public static string Twice(CsvColumn column, string first, string second) =>
        "column '" + column.Name + "' appears twice (" + first + " and " + second + "); the first is used";

    public IEnumerator<CsvColumn> GetEnumerator() => ((IEnumerable<CsvColumn>)_columns).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _columns.GetEnumerator();
}

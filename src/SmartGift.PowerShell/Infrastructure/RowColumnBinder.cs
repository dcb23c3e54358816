namespace SmartGift.Commands;

/// <summary>
/// Binds a piped object straight into a row (SaleRow, RedemptionRow) by Core's column table
/// (CsvColumnTable): a property answers to a column as a header of a file does, whatever its
/// case, spaces, hyphens or underscores ("Delivery Email", "Site ID"), so a row piped from
/// Import-Csv is the row `-Path` and the CLI read. A property of a row object (Import-Csv,
/// ConvertFrom-Csv, [pscustomobject]) that no column answers to is a warning, once, in the
/// words a file's header gets; a typed object's other properties (a hold's Message) are not
/// columns and are passed over. One binder per command instance, used from the pipeline thread.
/// </summary>
internal sealed class RowColumnBinder
{
    private readonly CsvColumnTable _table;
    // Keyed by the property's own spelling: every row of a file spells its header the same way.
    private readonly Dictionary<string, CsvColumn?> _byProperty = new Dictionary<string, CsvColumn?>(StringComparer.Ordinal);
    private readonly HashSet<string> _warned = new HashSet<string>(StringComparer.Ordinal);
    private readonly Dictionary<CsvColumn, string> _boundFrom = new Dictionary<CsvColumn, string>();
    private IReadOnlyDictionary<CsvColumn, object?>? _commandLine;
    private long _rowNumber;

    public RowColumnBinder(CsvColumnTable table)
    {
        _table = table;
    }

    /// <summary>
    /// The next record's row, numbered as a spreadsheet shows the rows of a CSV file: the header is
    /// row 1, so the first piped record is row 2 (a quoted line break does not add a row there,
    /// unlike a text editor's line count). A record given on the command line has no row (0).
    /// </summary>
    public long NextRowNumber(PSObject? input) => input == null ? 0 : ++_rowNumber + 1;

    /// <summary>
    /// Sets each column the piped object has (none for null), then the columns given on the
    /// command line, which win for every record. <paramref name="set"/> puts a value on the row (most columns: as text).
    /// </summary>
    public void Fill(PSCmdlet command, PSObject? input, Action<CsvColumn, object?> set, Action<string> warn)
    {
        // Before the first record only the command line has bound the columns.
        _commandLine ??= CommandLine(command.MyInvocation.BoundParameters, command.GetType());
        if (input != null) Bind(input, _commandLine, set, warn);
        foreach (var given in _commandLine) set(given.Key, given.Value);
    }

    private void Bind(PSObject input, IReadOnlyDictionary<CsvColumn, object?> fromCommandLine, Action<CsvColumn, object?> set, Action<string> warn)
    {
        var isRow = input.BaseObject is PSCustomObject;
        _boundFrom.Clear();
        foreach (var property in input.Properties)
        {
            if (!_byProperty.TryGetValue(property.Name, out var column))
                _byProperty[property.Name] = column = _table.Find(property.Name);
            if (column == null)
            {
                if (isRow && _warned.Add(property.Name)) warn(CsvColumnTable.UnknownColumn(property.Name));
                continue;
            }
            if (_boundFrom.TryGetValue(column, out var first))
            {
                if (_warned.Add(property.Name)) warn(CsvColumnTable.Twice(column, "'" + first + "'", "'" + property.Name + "'"));
                continue;
            }
            _boundFrom[column] = property.Name;
            if (fromCommandLine.ContainsKey(column)) continue;
            set(column, property.Value);
        }
    }

    /// <summary>The columns given as parameters on the command line, with their values (bound before the first record).</summary>
    private IReadOnlyDictionary<CsvColumn, object?> CommandLine(Dictionary<string, object> boundParameters, Type command)
    {
        var given = new Dictionary<CsvColumn, object?>();
        foreach (var pair in boundParameters)
        {
            var property = command.GetProperty(pair.Key);
            if (property == null || !property.IsDefined(typeof(RowColumnAttribute), inherit: true)) continue;
            var column = _table.Find(pair.Key) ?? throw new InvalidOperationException("Parameter " + pair.Key + " answers to no column of the table.");
            given[column] = pair.Value;
        }
        return given;
    }

    /// <summary>A value as text, converted as PowerShell's binder converts it.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        PSObject wrapped when wrapped.BaseObject is string text => text,
        _ => LanguagePrimitives.ConvertTo<string>(value),
    };
}

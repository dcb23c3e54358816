namespace SmartGift.Commands;

/// <summary>
/// Binds a piped object straight into a row (SaleRow, RedemptionRow) by Core's column table: a property answers to a
/// column as a file's header does, whatever its case, spaces, hyphens or underscores ("Site ID"), so a row piped from
/// Import-Csv is the row `-Path` and the CLI read. A row object's property (Import-Csv, [pscustomobject]) that no column
/// answers to is a warning, once; a typed object's other properties (a hold's Message) are passed over. The command
/// line's columns win, so a row is the same sent or reconciled. One binder per command instance, on the pipeline thread.
/// </summary>
internal sealed class RowColumnBinder(CsvColumnTable table)
{
    // Keyed by the property's own spelling: every row of a file spells its header the same way.
    private readonly Dictionary<string, CsvColumn?> _byProperty = new Dictionary<string, CsvColumn?>(StringComparer.Ordinal);
    private readonly HashSet<string> _warned = new HashSet<string>(StringComparer.Ordinal);
    private readonly Dictionary<CsvColumn, string> _boundFrom = new Dictionary<CsvColumn, string>();
    private IReadOnlyDictionary<CsvColumn, object?>? _commandLine;
    private long _rowNumber;

    public SaleRow Sale(PSCmdlet command, PSObject? input, Action<string> warn)
    {
        var row = new SaleRow { RowNumber = NextRowNumber(input) };
        Fill(command, input, (column, value) => column.SetText(row, Text(value)), warn);
        // The caller's own object names the record in errors (TargetObject); on the command line, the order id.
        row.Source = input ?? (object)(row.OrderId ?? "");
        return row;
    }

    public RedemptionRow Redemption(PSCmdlet command, PSObject? input, Action<string> warn)
    {
        var row = new RedemptionRow
        {
            RowNumber = NextRowNumber(input),
            // "DEMO000001" | Invoke-SgRedeem -Value 5: a piped string is the voucher number.
            VoucherNumber = input?.BaseObject as string,
        };
        var names = new List<string>();
        var experiences = new List<Experience>();
        void Set(CsvColumn column, object? value)
        {
            if (column.Name == "experiences") AddExperiences(value, names, experiences);
            else column.SetText(row, Text(value));
        }
        Fill(command, input?.BaseObject is string ? null : input, Set, warn);
        row.ExperienceNames = names;
        row.Experiences = experiences;
        // One redemption by hand (the command line, a hold or a voucher number piped in) is its own write.
        row.SingleWrite = input == null || input.BaseObject is VoucherHold || input.BaseObject is string;
        // The caller's own object names the record in errors (TargetObject); on the command line, the voucher number.
        row.Source = input ?? (object)(row.VoucherNumber ?? "");
        return row;
    }

    /// <summary>Experiences as given: names, "a;b" strings, Experience objects, or a list of them.</summary>
    private static void AddExperiences(object? value, List<string> names, List<Experience> experiences)
    {
        switch (value is PSObject wrapped ? wrapped.BaseObject : value)
        {
            case null: break;
            case Experience experience: experiences.Add(experience); break;
            case string text: names.AddRange(text.Split(';').Select(n => n.Trim()).Where(n => n.Length > 0)); break;
            case System.Collections.IEnumerable many:
                foreach (var item in many) AddExperiences(item, names, experiences);
                break;
            case var other: names.Add(other.ToString() ?? ""); break;
        }
    }

    /// <summary>
    /// The next record's row as a spreadsheet numbers a CSV file's rows: the header is row 1, so the first piped record
    /// is row 2 (a quoted line break adds none, unlike a text editor's line count). The command line's record: 0.
    /// </summary>
    private long NextRowNumber(PSObject? input) => input == null ? 0 : ++_rowNumber + 1;

    /// <summary>Sets each column the piped object has (none for null), then the command line's, which always win.</summary>
    private void Fill(PSCmdlet command, PSObject? input, Action<CsvColumn, object?> set, Action<string> warn)
    {
        // Before the first record only the command line has bound the columns.
        _commandLine ??= CommandLine(command.MyInvocation.BoundParameters, command.GetType());
        var isRow = input?.BaseObject is PSCustomObject;
        _boundFrom.Clear();
        foreach (var property in input?.Properties ?? Enumerable.Empty<PSPropertyInfo>())
        {
            if (!_byProperty.TryGetValue(property.Name, out var column))
                _byProperty[property.Name] = column = table.Find(property.Name);
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
            if (_commandLine.ContainsKey(column)) continue;
            set(column, property.Value);
        }
        foreach (var given in _commandLine) set(given.Key, given.Value);
    }

    private Dictionary<CsvColumn, object?> CommandLine(Dictionary<string, object> boundParameters, Type command) =>
        boundParameters.Where(p => command.GetProperty(p.Key)?.IsDefined(typeof(RowColumnAttribute), inherit: true) == true)
            .ToDictionary(p => table.Find(p.Key) ?? throw new InvalidOperationException(
                "Parameter " + p.Key + " answers to no column of the table."), p => (object?)p.Value);

    /// <summary>A value as text, converted as PowerShell's binder converts it.</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        PSObject wrapped when wrapped.BaseObject is string text => text,
        _ => LanguagePrimitives.ConvertTo<string>(value),
    };
}

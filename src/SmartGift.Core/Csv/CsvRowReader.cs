namespace SmartGift;

/// <summary>
/// The one reader of CSV rows, sales and redemptions alike (CsvHelper underneath): BOM, CRLF and
/// quoted newlines handled; row and line numbers set; unknown columns reported once in
/// HeaderProblems; a missing column a problem on every row that needs it. The column table
/// (SaleColumns, RedemptionColumns) says everything else: the columns and how a record becomes a row.
/// </summary>
public abstract class CsvRowReader<TRow> : IDisposable
{
    private readonly CsvTable _table;

    /// <summary>Reads the header at once; rows are read as ReadRows is enumerated. The reader is disposed with this object.</summary>
    private protected CsvRowReader(TextReader reader, CsvReadOptions? options, CsvColumnTable columns)
    {
        _table = new CsvTable(reader, columns, CsvReadOptions.Checked(options).Delimiter);
    }

    /// <summary>Header findings: unknown columns (warnings), missing columns, an empty file or a header without rows.</summary>
    public IReadOnlyList<string> HeaderProblems => _table.HeaderProblems;

    /// <summary>The rows, read lazily, once. A row's ReadProblems say what could not be read from it.</summary>
    // Rows() refuses a second read at once; only the cast is lazy.
    public IEnumerable<TRow> ReadRows() => _table.Rows().Cast<TRow>();

    public void Dispose()
    {
        _table.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Opens text as its author wrote it (CsvFileText: a file, or a stream spooled once when it cannot
    /// seek): a byte order mark is honoured; otherwise the text is UTF-8, or options.Encoding (e.g.
    /// Windows-1252). Throws CsvFileException, before any row is read, when the text is not valid in
    /// that encoding or the header is split by another separator.
    /// </summary>
    private protected static TReader OpenWith<TReader>(Func<CsvReadOptions, TextReader> open, CsvReadOptions? options,
        Func<TextReader, CsvReadOptions, TReader> make)
    {
        var reading = CsvReadOptions.Checked(options);
        var text = open(reading);
        try { return make(text, reading); }
        catch { text.Dispose(); throw; }
    }
}


namespace SmartGift;

/// <summary>
/// What SaleCsvReader and RedemptionCsvReader share (CsvHelper underneath): BOM, CRLF and quoted
/// newlines handled; row and line numbers set; unknown columns reported once in HeaderProblems;
/// a missing column a problem on every row that needs it. Each reader says only its columns
/// and how a record becomes a row.
/// </summary>
public abstract class CsvRowReader<TRow> : IDisposable
{
    private readonly CsvTable _table;

    /// <summary>Reads the header at once; rows are read as ReadRows is enumerated. The reader is disposed with this object.</summary>
    private protected CsvRowReader(TextReader reader, CsvReadOptions? options, CsvColumnTable columns, Func<IReadOnlyCollection<string>, string, string?> missing)
    {
        var reading = options ?? new CsvReadOptions();
        reading.Check();
        _table = new CsvTable(reader, columns, missing, reading.Delimiter);
    }

    /// <summary>Header findings: unknown columns (warnings), missing columns, an empty file or a header without rows.</summary>
    public IReadOnlyList<string> HeaderProblems => _table.HeaderProblems;

    /// <summary>The rows, read lazily, once. A row's ReadProblems say what could not be read from it.</summary>
    public IEnumerable<TRow> ReadRows() => Rows(_table.Records());

    // Records() refuses a second read at once; only the conversion is lazy.
    private IEnumerable<TRow> Rows(IEnumerable<CsvRecord> records)
    {
        foreach (var record in records) yield return ToRow(record);
    }

    public void Dispose()
    {
        _table.Dispose();
        GC.SuppressFinalize(this);
    }

    private protected abstract TRow ToRow(CsvRecord record);

    /// <summary>
    /// Opens a file as its author wrote it: a byte order mark is honoured; otherwise the file is
    /// UTF-8, or options.Encoding (e.g. Windows-1252). Throws CsvFileException, before any row is
    /// read, when the text is not valid in that encoding or the header is split by another separator.
    /// </summary>
    private protected static TReader OpenFile<TReader>(string path, CsvReadOptions? options, Func<TextReader, CsvReadOptions, TReader> make)
    {
        var reading = options ?? new CsvReadOptions();
        reading.Check();
        var text = CsvFileText.Open(path, reading);
        try { return make(text, reading); }
        catch { text.Dispose(); throw; }
    }

    /// <summary>As OpenFile, for the bytes of a stream this takes over (standard input, a pipe): spooled once when it cannot seek, then the same rules.</summary>
    private protected static TReader OpenStream<TReader>(Stream stream, CsvReadOptions? options, Func<TextReader, CsvReadOptions, TReader> make)
    {
        var reading = options ?? new CsvReadOptions();
        reading.Check();
        var text = CsvFileText.Open(stream, reading);
        try { return make(text, reading); }
        catch { text.Dispose(); throw; }
    }
}

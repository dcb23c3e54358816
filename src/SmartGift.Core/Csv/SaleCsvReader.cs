
namespace SmartGift;

/// <summary>Streams SaleRows from a CSV file with the sale columns of docs/csv-format.md (SaleColumns).</summary>
public sealed class SaleCsvReader : CsvRowReader<SaleRow>
{
    public SaleCsvReader(TextReader reader) : this(reader, null)
    {
    }

    /// <summary>As above, with the field separator of options (',' by default); the reader's text is already decoded.</summary>
    public SaleCsvReader(TextReader reader, CsvReadOptions? options) : base(reader, options, SaleColumns.Table, Missing)
    {
    }

    /// <summary>Opens a UTF-8 file (or one with a byte order mark); see Open(path, options).</summary>
    public static SaleCsvReader Open(string path) => Open(path, null);

    /// <summary>Opens a file as its author wrote it (see CsvRowReader.OpenWith).</summary>
    public static SaleCsvReader Open(string path, CsvReadOptions? options) =>
        OpenWith(reading => CsvFileText.Open(path, reading), options, (text, reading) => new SaleCsvReader(text, reading));

    /// <summary>Reads bytes from a stream (standard input, a pipe) with the same encoding rules as a file: copied once when it cannot seek. The stream is disposed with the reader.</summary>
    public static SaleCsvReader Open(System.IO.Stream stream, CsvReadOptions? options) =>
        OpenWith(reading => CsvFileText.Open(stream, reading), options, (text, reading) => new SaleCsvReader(text, reading));

    private protected override SaleRow NewRow(CsvRecord record) =>
        new SaleRow { RowNumber = record.RowNumber, LineNumber = record.LineNumber, ReadProblems = record.Problems };

    private static string? Missing(IReadOnlyCollection<string> present, string column)
    {
        var c = SaleColumns.Get(column);
        if (!c.Required) return null;
        return "column '" + column + "' is missing from the header; " + column + " is required " +
            (c.PerOrder ? "once per order" : "on every row") + ", so every order is refused";
    }
}

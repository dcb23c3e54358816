
namespace SmartGift;

/// <summary>
/// Streams RedemptionRows from a CSV file with the redemption columns of docs/csv-format.md
/// (RedemptionColumns); experiences are names separated by ';'.
/// </summary>
public sealed class RedemptionCsvReader : CsvRowReader<RedemptionRow>
{
    public RedemptionCsvReader(TextReader reader) : this(reader, null)
    {
    }

    /// <summary>As above, with the field separator of options (',' by default); the reader's text is already decoded.</summary>
    public RedemptionCsvReader(TextReader reader, CsvReadOptions? options) : base(reader, options, RedemptionColumns.Table, Missing)
    {
    }

    /// <summary>Opens a UTF-8 file (or one with a byte order mark); see Open(path, options).</summary>
    public static RedemptionCsvReader Open(string path) => Open(path, null);

    /// <summary>Opens a file as its author wrote it (see CsvRowReader.OpenWith).</summary>
    public static RedemptionCsvReader Open(string path, CsvReadOptions? options) =>
        OpenWith(reading => CsvFileText.Open(path, reading), options, (text, reading) =>
            new RedemptionCsvReader(text, reading));

    /// <summary>Reads bytes from a stream (standard input, a pipe) with the same encoding rules as a file: copied once when it cannot seek. The stream is disposed with the reader.</summary>
    public static RedemptionCsvReader Open(System.IO.Stream stream, CsvReadOptions? options) =>
        OpenWith(reading => CsvFileText.Open(stream, reading), options, (text, reading) =>
            new RedemptionCsvReader(text, reading));

    private protected override RedemptionRow NewRow(CsvRecord record) =>
        new RedemptionRow { RowNumber = record.RowNumber, LineNumber = record.LineNumber, ReadProblems = record.Problems };

    private static string? Missing(IReadOnlyCollection<string> present, string column)
    {
        if (RedemptionColumns.All.Any(c => c.Name == column && c.Required))
            return "column '" + column + "' is missing from the header; " + column + " is required on every row, so every row is refused";
        if (column == "value" && !present.Contains("experiences"))
            return "the header has neither a 'value' nor an 'experiences' column; each row needs one of them, so every row is refused";
        return null;
    }
}

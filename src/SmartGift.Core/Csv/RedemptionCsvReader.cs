namespace SmartGift;

/// <summary>
/// Streams RedemptionRows from a CSV file with the redemption columns of docs/csv-format.md (RedemptionColumns);
/// experiences are names separated by ';'. Options as for SaleCsvReader.
/// </summary>
public sealed class RedemptionCsvReader(TextReader reader, CsvReadOptions? options = null)
    : CsvRowReader<RedemptionRow>(reader, options, RedemptionColumns.Table)
{
    /// <summary>Opens a file as its author wrote it (see CsvRowReader.OpenWith).</summary>
    public static RedemptionCsvReader Open(string path, CsvReadOptions? options = null) =>
        OpenWith(o => CsvFileText.Open(path, o), options, (text, o) => new RedemptionCsvReader(text, o));

    /// <summary>A stream (standard input, a pipe) read as a file: copied once when it cannot seek; disposed with the reader.</summary>
    public static RedemptionCsvReader Open(Stream stream, CsvReadOptions? options) =>
        OpenWith(o => CsvFileText.Open(stream, o), options, (text, o) => new RedemptionCsvReader(text, o));
}

namespace SmartGift;

/// <summary>
/// Streams SaleRows from a CSV file with the sale columns of docs/csv-format.md (SaleColumns); options give the
/// field separator (',' by default) and, for Open, the encoding; the reader's text is already decoded.
/// </summary>
public sealed class SaleCsvReader(TextReader reader, CsvReadOptions? options = null)
    : CsvRowReader<SaleRow>(reader, options, SaleColumns.Table)
{
    /// <summary>Opens a file as its author wrote it (see CsvRowReader.OpenWith).</summary>
    public static SaleCsvReader Open(string path, CsvReadOptions? options = null) =>
        OpenWith(o => CsvFileText.Open(path, o), options, (text, o) => new SaleCsvReader(text, o));

    /// <summary>A stream (standard input, a pipe) read as a file: copied once when it cannot seek; disposed with the reader.</summary>
    public static SaleCsvReader Open(Stream stream, CsvReadOptions? options) =>
        OpenWith(o => CsvFileText.Open(stream, o), options, (text, o) => new SaleCsvReader(text, o));
}

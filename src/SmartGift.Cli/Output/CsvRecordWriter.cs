using System.Buffers;
using CsvHelper;
using CsvHelper.Configuration;

namespace SmartGift.Cli;

/// <summary>RFC 4180 (CsvHelper). Text that a spreadsheet would run as a formula is neutralised (SpreadsheetSafe).</summary>
internal sealed class CsvRecordWriter(TextWriter output) : IRecordWriter
{
    // ';' and tab are quoted too: a spreadsheet that splits on them (many European locales) must not see a new cell start inside one.
    private static readonly SearchValues<char> MustQuote = SearchValues.Create(",\"\r\n;\t");
    private static readonly SearchValues<char> FormulaStart = SearchValues.Create("=+-@\t\r");

    // The console's writer belongs to the caller: flushed after every row, never closed here.
    private readonly CsvWriter _csv = new CsvWriter(output, new CsvConfiguration(CultureInfo.InvariantCulture)
    {
        NewLine = output.NewLine,
        ShouldQuote = args => args.Field is string cell
            && (cell.AsSpan().IndexOfAny(MustQuote) >= 0 || cell.StartsWith(' ') || cell.EndsWith(' ') || cell.StartsWith('\'')),
    }, leaveOpen: true);
    private bool _headerWritten;

    public void Write(OutputRecord record)
    {
        if (!_headerWritten)
        {
            foreach (var field in record.Fields) _csv.WriteField(field.Key);
            _csv.NextRecord();
            _headerWritten = true;
        }
        foreach (var field in record.Fields) _csv.WriteField(SpreadsheetSafe(field.Value, CellText.Of(field.Value)));
        _csv.NextRecord();
        _csv.Flush();
    }

    /// <summary>
    /// CSV injection (OWASP "CSV Injection"): a text cell that starts with =, +, -, @, or with any
    /// white space or control character (tab, CR, LF, a space, NUL...: spreadsheets skip them and
    /// then see the =), is read by a spreadsheet as a formula, so a crafted order id or server
    /// message could run one. Such a cell gets a leading ' (shown as text, not evaluated) and is
    /// quoted. Numbers (money, counts) are written as they are: "-5.00" stays a number.
    /// </summary>
    public static string SpreadsheetSafe(object? value, string text) =>
        value is not (decimal or int or long or double or float or short) && text.Length > 0
            && (FormulaStart.Contains(text[0]) || char.IsWhiteSpace(text[0]) || char.IsControl(text[0]))
            ? "'" + text : text;

    public void Complete() => _csv.Flush();

    public void Dispose() => _csv.Dispose();
}

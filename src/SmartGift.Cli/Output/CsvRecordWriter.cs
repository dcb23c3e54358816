using System;
using System.IO;
using System.Linq;

namespace SmartGift.Cli.Output
{
    /// <summary>
    /// RFC 4180 CSV: a header from the first record's field names, then one row per record. Text
    /// that a spreadsheet would run as a formula is neutralised (SpreadsheetSafe).
    /// </summary>
    public sealed class CsvRecordWriter : IRecordWriter
    {
        private readonly TextWriter _out;
        private bool _headerWritten;

        public CsvRecordWriter(TextWriter output)
        {
            _out = output;
        }

        public void Write(OutputRecord record)
        {
            if (!_headerWritten)
            {
                _out.WriteLine(string.Join(",", record.Fields.Select(f => Quote(f.Key))));
                _headerWritten = true;
            }
            _out.WriteLine(string.Join(",", record.Fields.Select(f => Quote(SpreadsheetSafe.Cell(f.Value, CellText.Of(f.Value))))));
            _out.Flush();
        }

        public void Complete() => _out.Flush();

        public void Dispose() => _out.Flush();

        // ';' and tab are quoted too: a spreadsheet that splits on them (many European locales) must not see a new cell start inside one.
        private static readonly System.Buffers.SearchValues<char> MustQuote = System.Buffers.SearchValues.Create(",\"\r\n;\t");

        private static string Quote(string cell) =>
            cell.AsSpan().IndexOfAny(MustQuote) >= 0 || cell.StartsWith(' ') || cell.EndsWith(' ') || cell.StartsWith('\'')
                ? "\"" + cell.Replace("\"", "\"\"") + "\""
                : cell;
    }
}

using System.IO;
using System.Linq;

namespace SmartGift.Cli.Output
{
    /// <summary>RFC 4180 CSV: a header from the first record's field names, then one row per record.</summary>
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
            _out.WriteLine(string.Join(",", record.Fields.Select(f => Quote(CellText.Of(f.Value)))));
            _out.Flush();
        }

        public void Complete() => _out.Flush();

        public void Dispose() => _out.Flush();

        private static string Quote(string cell) =>
            cell.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 || cell.StartsWith(" ") || cell.EndsWith(" ")
                ? "\"" + cell.Replace("\"", "\"\"") + "\""
                : cell;
    }
}

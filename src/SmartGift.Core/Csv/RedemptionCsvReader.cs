using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SmartGift.Csv;
using SmartGift.Sales;
using SmartGift.Redemptions;

namespace SmartGift
{
    /// <summary>
    /// Streams RedemptionRows (reference, voucher_no, site_id, value, experiences, hold_token,
    /// catalogue_voucher_id); experiences are names separated by ';'. Same reading rules as
    /// SaleCsvReader (docs/csv-format.md).
    /// </summary>
    public sealed class RedemptionCsvReader : IDisposable
    {
        private static readonly string[] Columns = RedemptionColumns.All.Select(c => c.Name).ToArray();
        private readonly CsvTable _table;

        public RedemptionCsvReader(TextReader reader) : this(reader, null)
        {
        }

        /// <summary>As above, with the field separator of options (',' by default); the reader's text is already decoded.</summary>
        public RedemptionCsvReader(TextReader reader, CsvReadOptions? options)
        {
            var reading = options ?? new CsvReadOptions();
            reading.Check();
            _table = new CsvTable(reader, Columns, Missing, reading.Delimiter);
        }

        /// <summary>Opens a UTF-8 file (or one with a byte order mark); see Open(path, options).</summary>
        public static RedemptionCsvReader Open(string path) => Open(path, null);

        /// <summary>
        /// Opens a file as its author wrote it: a byte order mark is honoured; otherwise the file is
        /// UTF-8, or options.Encoding (e.g. Windows-1252). Throws CsvFileException, before any row is
        /// read, when the text is not valid in that encoding or the header is split by another separator.
        /// </summary>
        public static RedemptionCsvReader Open(string path, CsvReadOptions? options)
        {
            var reading = options ?? new CsvReadOptions();
            reading.Check();
            var stream = CsvFileText.Open(path, reading);
            try { return new RedemptionCsvReader(stream, reading); }
            catch { stream.Dispose(); throw; }
        }

        public IReadOnlyList<string> HeaderProblems => _table.HeaderProblems;

        /// <summary>The rows, read lazily, once. A row's ReadProblems say what could not be read from it.</summary>
        public IEnumerable<RedemptionRow> ReadRows() => ToRows(_table.Records());

        private static IEnumerable<RedemptionRow> ToRows(IEnumerable<CsvRecord> records)
        {
            foreach (var record in records)
            {
                var row = new RedemptionRow { RowNumber = record.RowNumber, LineNumber = record.LineNumber, ReadProblems = record.Problems };
                for (var k = 0; k < Columns.Length; k++)
                    RedemptionColumns.All[k].Set(row, record.Values[k]);
                yield return row;
            }
        }

        public void Dispose() => _table.Dispose();

        private static string? Missing(IReadOnlyCollection<string> present, string column)
        {
            if (RedemptionColumns.All.Any(c => c.Name == column && c.Required))
                return "column '" + column + "' is missing from the header; " + column + " is required on every row, so every row is refused";
            if (column == "value" && !present.Contains("experiences"))
                return "the header has neither a 'value' nor an 'experiences' column; each row needs one of them, so every row is refused";
            return null;
        }
    }
}

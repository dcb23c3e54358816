using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SmartGift.Csv;
using SmartGift.Sales;

namespace SmartGift
{
    /// <summary>
    /// Streams SaleRows from a CSV file with the columns of docs/csv-format.md (CsvHelper):
    /// BOM, CRLF and quoted newlines handled; LineNumber set; unknown columns reported once in
    /// HeaderProblems; a missing column is a problem on every row that needs it.
    /// </summary>
    public sealed class SaleCsvReader : IDisposable
    {
        private static readonly string[] Columns = SaleColumns.All.Select(c => c.Name).ToArray();
        private readonly CsvTable _table;

        /// <summary>Reads the header at once; rows are read as ReadRows is enumerated. The reader is disposed with this object.</summary>
        public SaleCsvReader(TextReader reader) : this(reader, null)
        {
        }

        /// <summary>As above, with the field separator of options (',' by default); the reader's text is already decoded.</summary>
        public SaleCsvReader(TextReader reader, CsvReadOptions? options)
        {
            var reading = options ?? new CsvReadOptions();
            reading.Check();
            _table = new CsvTable(reader, Columns, Missing, reading.Delimiter);
        }

        /// <summary>Opens a UTF-8 file (or one with a byte order mark); see Open(path, options).</summary>
        public static SaleCsvReader Open(string path) => Open(path, null);

        /// <summary>
        /// Opens a file as its author wrote it: a byte order mark is honoured; otherwise the file is
        /// UTF-8, or options.Encoding (e.g. Windows-1252). Throws CsvFileException, before any row is
        /// read, when the text is not valid in that encoding or the header is split by another separator.
        /// </summary>
        public static SaleCsvReader Open(string path, CsvReadOptions? options)
        {
            var reading = options ?? new CsvReadOptions();
            reading.Check();
            var stream = CsvFileText.Open(path, reading);
            try { return new SaleCsvReader(stream, reading); }
            catch { stream.Dispose(); throw; }
        }

        /// <summary>Header findings: unknown columns (warnings), missing columns, an empty file or a header without rows.</summary>
        public IReadOnlyList<string> HeaderProblems => _table.HeaderProblems;

        /// <summary>The rows, read lazily, once. A row's ReadProblems say what could not be read from it.</summary>
        public IEnumerable<SaleRow> ReadRows() => ToRows(_table.Records());

        private static IEnumerable<SaleRow> ToRows(IEnumerable<CsvRecord> records)
        {
            foreach (var record in records)
            {
                var row = new SaleRow { RowNumber = record.RowNumber, LineNumber = record.LineNumber, ReadProblems = record.Problems };
                for (var k = 0; k < Columns.Length; k++)
                    SaleColumns.All[k].Set(row, record.Values[k]);
                yield return row;
            }
        }

        public void Dispose() => _table.Dispose();

        private static string? Missing(IReadOnlyCollection<string> present, string column)
        {
            var c = SaleColumns.Get(column);
            if (!c.Required) return null;
            return "column '" + column + "' is missing from the header; " + column + " is required " +
                (c.PerOrder ? "once per order" : "on every row") + ", so every order is refused";
        }
    }
}

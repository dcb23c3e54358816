using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SmartGift.Csv;

namespace SmartGift
{
    /// <summary>
    /// Streams RedemptionRows (reference, voucher_no, site_id, value, experiences, hold_token,
    /// catalogue_voucher_id); experiences are names separated by ';'. Same reading rules as
    /// SaleCsvReader (docs/csv-format.md).
    /// </summary>
    public sealed class RedemptionCsvReader : IDisposable
    {
        private static readonly string[] Columns = { "reference", "voucher_no", "site_id", "value", "experiences", "hold_token", "catalogue_voucher_id" };
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
            foreach (var r in records)
            {
                yield return new RedemptionRow
                {
                    RowNumber = r.RowNumber,
                    LineNumber = r.LineNumber,
                    ReadProblems = r.Problems,
                    Reference = r.Values[0],
                    VoucherNumber = r.Values[1],
                    SiteId = r.Values[2],
                    Value = r.Values[3],
                    ExperienceNames = SplitNames(r.Values[4]),
                    HoldToken = r.Values[5],
                    CatalogueVoucherId = r.Values[6],
                };
            }
        }

        public void Dispose() => _table.Dispose();

        internal static IReadOnlyList<string> SplitNames(string? text) =>
            text == null ? Array.Empty<string>() : text.Split(';').Select(n => n.Trim()).Where(n => n.Length > 0).ToArray();

        private static string? Missing(IReadOnlyCollection<string> present, string column)
        {
            if (column == "voucher_no")
                return "column 'voucher_no' is missing from the header; voucher_no is required on every row, so every row is refused";
            if (column == "value" && !present.Contains("experiences"))
                return "the header has neither a 'value' nor an 'experiences' column; each row needs one of them, so every row is refused";
            return null;
        }
    }
}

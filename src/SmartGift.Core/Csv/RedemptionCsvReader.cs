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

        public RedemptionCsvReader(TextReader reader)
        {
            _table = new CsvTable(reader, Columns, Missing);
        }

        /// <summary>Opens a file (UTF-8 unless it starts with another encoding's byte order mark).</summary>
        public static RedemptionCsvReader Open(string path)
        {
            var stream = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            try { return new RedemptionCsvReader(stream); }
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

using System;
using System.Collections.Generic;
using System.IO;

namespace SmartGift
{
    /// <summary>
    /// Streams SaleRows from a CSV file with the columns of docs/csv-format.md (CsvHelper):
    /// BOM, CRLF and quoted newlines handled; LineNumber set; unknown columns reported once in
    /// HeaderProblems; a missing column is a problem on every row that needs it.
    /// </summary>
    public sealed class SaleCsvReader : IDisposable
    {
        public SaleCsvReader(TextReader reader) => throw new NotImplementedException("CONTRACT");

        public static SaleCsvReader Open(string path) => throw new NotImplementedException();

        /// <summary>Header findings: unknown columns (warnings), missing columns.</summary>
        public IReadOnlyList<string> HeaderProblems => throw new NotImplementedException();

        public IEnumerable<SaleRow> ReadRows() => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }
}

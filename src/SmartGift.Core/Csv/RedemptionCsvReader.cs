using System;
using System.Collections.Generic;
using System.IO;

namespace SmartGift
{
    /// <summary>Streams RedemptionRows (reference, voucher_no, site_id, value, experiences, hold_token).</summary>
    public sealed class RedemptionCsvReader : IDisposable
    {
        public RedemptionCsvReader(TextReader reader) => throw new NotImplementedException("CONTRACT");

        public static RedemptionCsvReader Open(string path) => throw new NotImplementedException();

        public IReadOnlyList<string> HeaderProblems => throw new NotImplementedException();

        public IEnumerable<RedemptionRow> ReadRows() => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }
}

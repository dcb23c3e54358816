using System;
using System.Collections.Generic;
using System.Threading;
using SmartGift.Bulk;

namespace SmartGift.Bulk
{
    /// <summary>Bulk (or one-off) redemptions, driven like SaleImport: Add per row, then Complete.</summary>
    public sealed class RedemptionImport : IDisposable
    {
        public RedemptionImport(SmartGiftSession session, RedemptionImportOptions options)
        {
            throw new NotImplementedException("CONTRACT");
        }

        public IReadOnlyList<ImportEvent> Add(RedemptionRow row, CancellationToken cancellationToken = default) => throw new NotImplementedException();

        public IEnumerable<ImportEvent> Complete(CancellationToken cancellationToken = default) => throw new NotImplementedException();

        public ImportSummary Summary => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }
}

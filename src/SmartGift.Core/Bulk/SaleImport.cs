using System;
using System.Collections.Generic;
using System.Threading;

namespace SmartGift.Bulk
{
    /// <summary>
    /// A bulk sale run, push-based so that a cmdlet's ProcessRecord and a CLI loop drive it the
    /// same way. Rows are grouped into orders (consecutive OrderId), validated, journaled and
    /// sent with up to MaxConcurrency requests in flight. Results come back in input order, on the
    /// caller's thread, from Add and Complete. Memory stays bounded: Add blocks when the window is full.
    /// </summary>
    public sealed class SaleImport : IDisposable
    {
        public SaleImport(SmartGiftSession session, SaleImportOptions options)
        {
            throw new NotImplementedException("CONTRACT");
        }

        /// <summary>Adds one row; returns the events (results in input order, progress) ready now.</summary>
        public IReadOnlyList<ImportEvent> Add(SaleRow row, CancellationToken cancellationToken = default) => throw new NotImplementedException();

        /// <summary>Adds a whole cart (New-SgSale -Cart). Totals are filled in when zero and checked otherwise.</summary>
        public IReadOnlyList<ImportEvent> Add(SaleRequest sale, object? source, CancellationToken cancellationToken = default) => throw new NotImplementedException();

        /// <summary>
        /// Ends the input: flushes the last order and yields every remaining event as it happens,
        /// until all are done. After cancellation, requests already in flight finish and are
        /// journaled; nothing new is sent.
        /// </summary>
        public IEnumerable<ImportEvent> Complete(CancellationToken cancellationToken = default) => throw new NotImplementedException();

        public ImportSummary Summary => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }
}

using System;
using System.Collections.Generic;

namespace SmartGift
{
    /// <summary>
    /// Compares source rows with a sale journal, push-based like the imports: Add each row, then
    /// Complete for the last order and the journal's orders that were not in the source.
    /// </summary>
    public sealed class SaleReconciliation
    {
        /// <param name="journalPath">The journal of the import (read-only; may be absent: everything is NotSent).</param>
        /// <param name="catalogue">When given, source rows naming an inactive or unknown voucher are flagged.</param>
        /// <param name="paymentMethods">When given, unknown payment methods are flagged.</param>
        public SaleReconciliation(string journalPath, IReadOnlyList<Voucher>? catalogue = null, IReadOnlyList<PaymentMethod>? paymentMethods = null)
        {
            throw new NotImplementedException("CONTRACT");
        }

        public IReadOnlyList<ReconciliationRow> Add(SaleRow row) => throw new NotImplementedException();

        public IReadOnlyList<ReconciliationRow> Complete() => throw new NotImplementedException();

        public ReconciliationSummary Summary => throw new NotImplementedException();
    }
}

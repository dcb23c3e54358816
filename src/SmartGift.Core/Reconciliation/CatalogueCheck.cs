using System;
using System.Collections.Generic;
using System.Linq;

namespace SmartGift.Reconciliation
{
    /// <summary>
    /// Warnings about the vouchers and payment methods a source order names, against the live
    /// catalogue: such an order was refused, or will be, however often it is sent.
    /// </summary>
    internal sealed class CatalogueCheck
    {
        private readonly Dictionary<string, Voucher>? _vouchers;
        private readonly HashSet<string>? _paymentMethods;

        public CatalogueCheck(IReadOnlyList<Voucher>? catalogue, IReadOnlyList<PaymentMethod>? paymentMethods)
        {
            if (catalogue != null)
            {
                _vouchers = new Dictionary<string, Voucher>(StringComparer.OrdinalIgnoreCase);
                foreach (var v in catalogue) if (v != null && !_vouchers.ContainsKey(v.Id.Trim())) _vouchers.Add(v.Id.Trim(), v);
            }
            if (paymentMethods != null)
                _paymentMethods = new HashSet<string>(paymentMethods.Where(p => p != null).Select(p => p.Id.Trim()), StringComparer.OrdinalIgnoreCase);
        }

        public IReadOnlyList<string> Check(IEnumerable<SaleRow> rows)
        {
            var warnings = new List<string>();
            foreach (var row in rows)
            {
                var voucherId = row.VoucherId?.Trim();
                if (_vouchers != null && !string.IsNullOrEmpty(voucherId))
                {
                    if (!_vouchers.TryGetValue(voucherId!, out var voucher))
                        Add(warnings, $"voucher {voucherId} is not in the catalogue ({row.Location})");
                    else if (voucher.Status != VoucherStatus.Active)
                        Add(warnings, $"voucher {voucherId} ({voucher.Name}) is not active: {voucher.StatusText ?? voucher.Status.ToString().ToLowerInvariant()} ({row.Location})");
                }
                var method = row.PaymentMethodId?.Trim();
                if (_paymentMethods != null && !string.IsNullOrEmpty(method) && !_paymentMethods.Contains(method!))
                    Add(warnings, $"payment method {method} is unknown ({row.Location})");
            }
            return warnings;
        }

        private static void Add(List<string> warnings, string warning)
        {
            if (!warnings.Contains(warning)) warnings.Add(warning);
        }
    }
}

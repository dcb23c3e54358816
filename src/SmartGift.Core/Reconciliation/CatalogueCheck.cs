namespace SmartGift;

/// <summary>
/// Warnings about the vouchers and payment methods a source order names, against the live
/// catalogue: such an order was refused, or will be, however often it is sent.
/// </summary>
internal sealed class CatalogueCheck(IReadOnlyList<Voucher>? catalogue, IReadOnlyList<PaymentMethod>? paymentMethods)
{
    // A voucher id listed twice means its first entry.
    private readonly Dictionary<string, Voucher>? _vouchers = catalogue?.Where(v => v != null)
        .GroupBy(v => v.Id.Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>? _paymentMethods = paymentMethods == null ? null
        : new HashSet<string>(paymentMethods.Where(p => p != null).Select(p => p.Id.Trim()), StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Check(IEnumerable<SaleRow> rows) => Findings(rows).Select(f =>
        f.Column == "payment_method_id" ? $"payment method {f.Id} is unknown ({f.Row.Location})"
        : f.Voucher == null ? $"voucher {f.Id} is not in the catalogue ({f.Row.Location})"
        : $"voucher {f.Id} ({f.Voucher.Name}) is not active: {StatusOf(f.Voucher)} ({f.Row.Location})").Distinct().ToList();

    /// <summary>
    /// Before sending (issue 10, finding 13): a voucher that is unknown, hidden or disabled, or
    /// an unknown payment method, refuses the order with its row and column, since Smart Gift
    /// would refuse it too.
    /// </summary>
    public IReadOnlyList<RecordProblem> Problems(IEnumerable<SaleRow> rows)
    {
        // Made at the first problem: this runs for every order of a bulk file.
        List<RecordProblem>? problems = null;
        foreach (var (row, column, id, voucher) in Findings(rows))
            (problems ??= new List<RecordProblem>()).Add(new RecordProblem(row.Location, column,
                column == "payment_method_id" ? $"payment_method_id '{id}' is not one of the account's payment methods (Get-SgPaymentMethod / smartgift payment-methods)"
                : voucher == null ? $"voucher_id '{id}' is not in the session's catalogue (Get-SgVoucher / smartgift vouchers list what can be sold)"
                : $"voucher_id '{id}' ({voucher.Name}) is {StatusOf(voucher)} in the catalogue and cannot be sold"));
        return (IReadOnlyList<RecordProblem>?)problems ?? Array.Empty<RecordProblem>();
    }

    /// <summary>Each voucher_id not in the catalogue (Voucher null) or not active, and each unknown payment_method_id.</summary>
    private IEnumerable<(SaleRow Row, string Column, string Id, Voucher? Voucher)> Findings(IEnumerable<SaleRow> rows)
    {
        foreach (var row in rows)
        {
            var voucherId = row.VoucherId?.Trim();
            if (_vouchers != null && !string.IsNullOrEmpty(voucherId))
            {
                if (!_vouchers.TryGetValue(voucherId!, out var voucher)) yield return (row, "voucher_id", voucherId!, null);
                else if (voucher.Status != VoucherStatus.Active) yield return (row, "voucher_id", voucherId!, voucher);
            }
            var method = row.PaymentMethodId?.Trim();
            if (_paymentMethods != null && !string.IsNullOrEmpty(method) && !_paymentMethods.Contains(method!))
                yield return (row, "payment_method_id", method!, null);
        }
    }

    private static string StatusOf(Voucher voucher) => voucher.StatusText ?? voucher.Status.ToString().ToLowerInvariant();

    /// <summary>"line 4: price 1.00 for voucher 270 is far from the catalogue price 150.00": sold, but worth a look.</summary>
    public IReadOnlyList<string> PriceWarnings(IEnumerable<SaleRow> rows)
    {
        List<string>? warnings = null;
        if (_vouchers == null) return Array.Empty<string>();
        foreach (var row in rows)
        {
            var voucherId = row.VoucherId?.Trim();
            if (string.IsNullOrEmpty(voucherId) || !_vouchers.TryGetValue(voucherId!, out var voucher) || voucher.Price is not decimal listed || listed <= 0) continue;
            var price = MoneyText.Parse(row.Price ?? "", out var reason);
            if (reason != null || price is not decimal sold) continue;
            // Far: under half or over twice the catalogue price (discounts and bundles stay quiet).
            if (sold < listed / 2 || sold > listed * 2)
                (warnings ??= new List<string>()).Add(row.Location + ": price " + sold.ToString("0.00", CultureInfo.InvariantCulture) + " for voucher " + voucherId + " (" + voucher.Name + ") is far from the catalogue price " + listed.ToString("0.00", CultureInfo.InvariantCulture));
        }
        return warnings == null ? Array.Empty<string>() : warnings.Distinct().ToList();
    }
}

using SmartGift.MockServer.Seed;

namespace SmartGift.MockServer.State;

/// <summary>What one company owns: its seed entry (read-only: keys, sites, catalogue, payment and delivery methods) and its orders.</summary>
internal sealed class CompanyState(SeedCompany seed)
{
    private readonly HashSet<string> _orderIds = new HashSet<string>(StringComparer.Ordinal);

    public string Name => seed.Name;
    public IReadOnlyList<string> ApiKeys => seed.ApiKeys;
    public string VoucherPrefix => seed.VoucherPrefix;
    public IReadOnlyList<SeedCatalogueItem> Catalogue => seed.Vouchers;
    public IReadOnlyList<SeedPaymentMethod> PaymentMethods => seed.PaymentMethods;
    public List<Order> Orders { get; } = new List<Order>();

    /// <summary>Number of the next voucher issued (prefix + 6 digits).</summary>
    public int NextVoucherSequence { get; set; } = 1;

    public bool HasSite(string siteId) => seed.Sites.Any(s => string.Equals(s.Id, siteId, StringComparison.Ordinal));

    public SeedCatalogueItem? FindCatalogueItem(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Catalogue.FirstOrDefault(c => c.Id == n) : null;

    public SeedPaymentMethod? FindPaymentMethod(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? PaymentMethods.FirstOrDefault(p => p.Id == n) : null;

    public SeedDeliveryMethod? FindDeliveryMethod(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? seed.DeliveryMethods.FirstOrDefault(d => d.Id == n) : null;

    public string IssueVoucherNumber() =>
        VoucherPrefix + (NextVoucherSequence++).ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The requested order id, or "&lt;id&gt;-2", "-3"... when the company already used it (the real API renames, never rejects).</summary>
    public string ClaimOrderId(string requested)
    {
        var candidate = requested;
        for (var n = 2; !_orderIds.Add(candidate); n++)
        {
            candidate = requested + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}

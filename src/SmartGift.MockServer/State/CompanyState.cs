using SmartGift.MockServer.Seed;

namespace SmartGift.MockServer.State;

/// <summary>What one company owns: keys, sites, catalogue, payment and delivery methods, orders.</summary>
internal sealed class CompanyState
{
    private readonly HashSet<string> _orderIds = new HashSet<string>(StringComparer.Ordinal);

    public CompanyState(SeedCompany seed)
    {
        Name = seed.Name;
        ApiKeys = seed.ApiKeys.ToList();
        VoucherPrefix = seed.VoucherPrefix;
        Sites = seed.Sites.ToList();
        Catalogue = seed.Vouchers.ToList();
        PaymentMethods = seed.PaymentMethods.ToList();
        DeliveryMethods = seed.DeliveryMethods.ToList();
    }

    public string Name { get; }
    public IReadOnlyList<string> ApiKeys { get; }
    public string VoucherPrefix { get; }
    public IReadOnlyList<SeedSite> Sites { get; }
    public IReadOnlyList<SeedCatalogueItem> Catalogue { get; }
    public IReadOnlyList<SeedPaymentMethod> PaymentMethods { get; }
    public IReadOnlyList<SeedDeliveryMethod> DeliveryMethods { get; }
    public List<Order> Orders { get; } = new List<Order>();

    /// <summary>Number of the next voucher issued (prefix + 6 digits).</summary>
    public int NextVoucherSequence { get; set; } = 1;

    public bool HasSite(string siteId) => Sites.Any(s => string.Equals(s.Id, siteId, StringComparison.Ordinal));

    public SeedCatalogueItem? FindCatalogueItem(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Catalogue.FirstOrDefault(c => c.Id == n) : null;

    public SeedPaymentMethod? FindPaymentMethod(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? PaymentMethods.FirstOrDefault(p => p.Id == n) : null;

    public SeedDeliveryMethod? FindDeliveryMethod(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? DeliveryMethods.FirstOrDefault(d => d.Id == n) : null;

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

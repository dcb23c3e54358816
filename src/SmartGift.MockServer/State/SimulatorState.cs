using SmartGift.MockServer.Seed;

namespace SmartGift.MockServer.State;

/// <summary>
/// Everything the simulated service stores. Every read-modify-write runs under <see cref="Sync"/>:
/// one lock is enough for a simulator and makes overspending or double holds impossible.
/// </summary>
internal sealed class SimulatorState(IReadOnlyList<CompanyState> companies, long nextRedemptionId)
{
    // The seed loader refuses a key given twice, so each key names one company.
    private readonly Dictionary<string, CompanyState> _byKey =
        companies.SelectMany(c => c.ApiKeys, (company, key) => (company, key)).ToDictionary(p => p.key, p => p.company, StringComparer.Ordinal);
    private readonly OrderedDictionary<string, IssuedVoucher> _vouchers = new(StringComparer.OrdinalIgnoreCase);

    public object Sync { get; } = new object();
    public IReadOnlyList<CompanyState> Companies { get; } = companies;
    public List<RedemptionRecord> Redemptions { get; } = new List<RedemptionRecord>();
    public long NextRedemptionId { get; set; } = nextRedemptionId;
    public IReadOnlyList<IssuedVoucher> Vouchers => _vouchers.Values;

    public static SimulatorState FromSeed(SeedDocument seed, DateTimeOffset now)
    {
        var companies = seed.Companies.Select(c => new CompanyState(c)).ToList();
        var state = new SimulatorState(companies, seed.NextRedemptionId);
        foreach (var (company, seeded) in
            companies.Zip(seed.Companies).SelectMany(p => p.Second.IssuedVouchers, (p, v) => (p.First, v)))
        {
            var catalogue = company.Catalogue.FirstOrDefault(c => c.Id == seeded.CatalogueId);
            var isExperience = string.Equals(seeded.Type, "experience", StringComparison.OrdinalIgnoreCase);
            var voucher = new IssuedVoucher(seeded.VoucherNo, company, isExperience)
            {
                CatalogueId = seeded.CatalogueId,
                Value = seeded.Value ?? catalogue?.Price ?? 0m,
                ValidFrom = seeded.ValidFromDays.HasValue ? now.AddDays(seeded.ValidFromDays.Value) : (DateTimeOffset?)null,
                ValidUntil = seeded.ValidUntilDays.HasValue ? now.AddDays(seeded.ValidUntilDays.Value) : (DateTimeOffset?)null,
            };
            voucher.Balance = isExperience ? 0m : seeded.Balance ?? voucher.Value;
            if (isExperience)
            {
                voucher.Experiences = catalogue?.Experiences.ToList() ?? new List<SeedExperience>();
                voucher.UsedBits = voucher.Experiences
                    .Where(e => seeded.UsedExperiences.Contains(e.Id))
                    .Aggregate(0, (bits, e) => bits | e.BitValue);
            }

            state.Add(voucher);
        }

        return state;
    }

    public CompanyState? FindCompanyByKey(string key) => _byKey.TryGetValue(key, out var c) ? c : null;

    public IssuedVoucher? FindVoucher(string voucherNo) => _vouchers.TryGetValue(voucherNo, out var v) ? v : null;

    public void Add(IssuedVoucher voucher)
    {
        _vouchers.Add(voucher.VoucherNo, voucher);
        var company = voucher.Company;
        if (voucher.VoucherNo.StartsWith(company.VoucherPrefix, StringComparison.OrdinalIgnoreCase)
            && int.TryParse(voucher.VoucherNo.Substring(company.VoucherPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            && sequence >= company.NextVoucherSequence)
        {
            // Sold vouchers continue the seeded number sequence.
            company.NextVoucherSequence = sequence + 1;
        }
    }
}

namespace SmartGift;

/// <summary>
/// Turns experience names into the bit_value sum that /redeem expects (document 003), using
/// the catalogue. Unknown, repeated or ambiguous names are refused with a clear message, an
/// ArgumentException whose message is the sentence a row's problem shows (so no parameter name).
/// </summary>
internal static class ExperienceResolver
{
    private const int MaxNamesListed = 20;

    /// <summary>The experiences named, looked up in the catalogue (case-insensitive); catalogueVoucherId narrows the search.</summary>
    /// <exception cref="ArgumentException">A name is empty, repeated, unknown or ambiguous, or the voucher id is not an experience voucher.</exception>
    public static IReadOnlyList<Experience> Resolve(IReadOnlyList<Voucher> catalogue, IEnumerable<string> names, string? catalogueVoucherId = null)
    {
        if (catalogue == null) throw new ArgumentNullException(nameof(catalogue));
        if (names == null) throw new ArgumentNullException(nameof(names));
        var wanted = names.Select(n => (n ?? "").Trim()).ToList();
        if (wanted.Count == 0) throw new ArgumentException("No experience names were given.");
        if (wanted.Any(n => n.Length == 0)) throw new ArgumentException("An experience name is empty.");
        var repeated = wanted.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => "'" + Cut(g.Key) + "'").ToList();
        if (repeated.Count > 0)
            throw new ArgumentException("Experience " + string.Join(", ", repeated) + " is named more than once; name each experience once.");

        var vouchers = ExperienceVouchers(catalogue, catalogueVoucherId);
        var unknown = wanted.Where(n => !vouchers.Any(v => Find(v, n) != null)).ToList();
        if (unknown.Count > 0)
        {
            var known = vouchers.SelectMany(v => v.Experiences).Select(e => e.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var listed = known.Count == 0 ? "(none)" : string.Join(", ", known.Take(MaxNamesListed)) + (known.Count > MaxNamesListed ? ", ..." : "");
            throw new ArgumentException("Unknown experience " + string.Join(", ", unknown.Select(n => "'" + Cut(n) + "'")) +
                (catalogueVoucherId == null ? "" : " in catalogue voucher " + catalogueVoucherId) + "; known experiences: " + listed + ".");
        }

        // The API cannot say which catalogue voucher an issued voucher belongs to (issue 19, finding 2):
        // a name meaning different bits in different catalogue vouchers is refused until the
        // catalogue voucher is given, never resolved by which voucher has all the other names.
        foreach (var name in wanted)
        {
            var meanings = vouchers.Select(v => (Voucher: v, Experience: Find(v, name))).Where(m => m.Experience != null).ToList();
            if (meanings.Select(m => m.Experience!.BitValue).Distinct().Count() > 1)
                throw new ArgumentException("Experience '" + Cut(name) + "' is ambiguous: it is " +
                    string.Join(", ", meanings.Select(m => "bit_value " + m.Experience!.BitValue + " in catalogue voucher " + m.Voucher.Id + " '" + Cut(m.Voucher.Name) + "'")) +
                    "; Smart Gift cannot say which one an issued voucher belongs to, so give the catalogue voucher (catalogue_voucher_id, -CatalogueVoucherId, --catalogue-voucher).");
        }

        // One redemption uses one voucher's experiences: only vouchers that have every name qualify,
        // and (no name being ambiguous) every one of them gives each name the same bit.
        var chosen = vouchers.FirstOrDefault(v => wanted.All(n => Find(v, n) != null));
        if (chosen == null)
            throw new ArgumentException("The experiences " + string.Join(", ", wanted.Select(n => "'" + Cut(n) + "'")) +
                " do not all belong to one catalogue voucher; redeem one voucher's experiences at a time.");
        return wanted.Select(n => Find(chosen, n)!).ToList();
    }

    /// <summary>The sum of distinct powers of two; a repeated or invalid bit is refused.</summary>
    /// <exception cref="ArgumentException">No experiences, a bit_value that is not a positive power of two, or one bit twice.</exception>
    public static long BitSum(IEnumerable<Experience> experiences)
    {
        if (experiences == null) throw new ArgumentNullException(nameof(experiences));
        long sum = 0;
        var names = new Dictionary<long, string>();
        foreach (var e in experiences)
        {
            if (e == null) throw new ArgumentException("An experience is missing (null).");
            var bit = e.BitValue;
            if (bit <= 0 || (bit & (bit - 1)) != 0)
                throw new ArgumentException("Experience '" + Cut(e.Name) + "' has bit_value " + bit + ", which is not a power of two.");
            if (names.TryGetValue(bit, out var earlier))
                throw new ArgumentException("Experiences '" + Cut(earlier) + "' and '" + Cut(e.Name) + "' both have bit_value " + bit +
                    "; each experience can be redeemed once per redemption.");
            names[bit] = e.Name;
            sum |= bit;
        }
        if (sum == 0) throw new ArgumentException("No experiences were given.");
        return sum;
    }

    private static List<Voucher> ExperienceVouchers(IReadOnlyList<Voucher> catalogue, string? catalogueVoucherId)
    {
        var all = catalogue.Where(v => v != null && v.Experiences != null && v.Experiences.Count > 0).ToList();
        if (string.IsNullOrWhiteSpace(catalogueVoucherId)) return all;
        var id = catalogueVoucherId!.Trim();
        var match = all.Where(v => string.Equals(v.Id, id, StringComparison.OrdinalIgnoreCase)).ToList();
        if (match.Count > 0) return match;
        var known = catalogue.Any(v => v != null && string.Equals(v.Id, id, StringComparison.OrdinalIgnoreCase));
        throw new ArgumentException("Catalogue voucher '" + Cut(id) + "' " + (known ? "has no experiences" : "is not in the catalogue") +
            "; experience vouchers: " + (all.Count == 0 ? "(none)" : string.Join(", ", all.Select(v => v.Id + " " + v.Name))) + ".");
    }

    private static Experience? Find(Voucher voucher, string name) =>
        voucher.Experiences.FirstOrDefault(e => e != null && string.Equals((e.Name ?? "").Trim(), name, StringComparison.OrdinalIgnoreCase));

    private static string Cut(string? text) => ValueQuote.Bare(text ?? "");
}

using System.Security.Cryptography;

namespace SmartGift;

/// <summary>
/// Journal keys and content hashes (docs/journal.md). A sale's key is its source order_id; a
/// redemption's key is its reference, or, when that is empty, "row:" + a hash of what the row
/// asks for + "#" + its occurrence among identical rows of the same input (so two identical
/// rows are two redemptions, and a rerun of the same file maps each to the same key again).
/// </summary>
internal static class RecordKey
{
    // One SHA-256 per thread, reused: creating one per call was most of a 100,000-row -WhatIf
    // validation's time (every order hashes each of its fields). The output is unchanged.
    [ThreadStatic]
    private static SHA256? _sha;

    public static string Hash(string canonical)
    {
        var sha = _sha ??= SHA256.Create();
        return Hex(sha.ComputeHash(Encoding.UTF8.GetBytes(canonical)), 16);
    }

    /// <summary>The first bytes in lower-case hex ("3fa9..."): the BCL's ToHexString is not in netstandard2.0.</summary>
    public static string Hex(byte[] bytes, int count) =>
        BitConverter.ToString(bytes, 0, count).Replace("-", "").ToLowerInvariant();

    /// <summary>
    /// The hash of the body exactly as it is sent (totals included, money with two decimals),
    /// so any change of content shows and a re-saved "150" for "150.00" does not (DESIGN 6).
    /// </summary>
    public static string SaleHash(SaleRequest sale) => SaleHash(WireJson.Body(sale));

    /// <summary>The hash of a body already serialized for sending (WireJson.Body).</summary>
    public static string SaleHash(byte[] body) => Hash(Encoding.UTF8.GetString(body));

    /// <summary>The hash journals of version 1.0 wrote (the model as serialised, "150" and "150.00" apart): still matched on a rerun.</summary>
    public static string LegacySaleHash(SaleRequest sale) => Hash(WireJson.Version10Text(sale));

    /// <summary>A short hash per field of the body as sent ("cart.customer.first_name"), journaled so a conflict can say what changed without keeping the values.</summary>
    public static IReadOnlyDictionary<string, string> SaleFields(SaleRequest sale) => SaleFields(WireJson.Body(sale));

    public static IReadOnlyDictionary<string, string> SaleFields(byte[] body)
    {
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
        using (var document = JsonDocument.Parse(body))
            Flatten(document.RootElement, "", fields);
        return fields;
    }

    public static IReadOnlyDictionary<string, string> RedemptionFields(RedeemRequest request)
    {
        return new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["voucher_no"] = ShortHash(request.VoucherNumber.Trim().ToUpperInvariant()),
            ["site_id"] = ShortHash(request.SiteId.Trim()),
            ["value"] = ShortHash(request.Amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "bits:" + request.ExperienceBits?.ToString(CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>The fields whose content differs (or that one side lacks), in order; empty when either side is unknown.</summary>
    public static IReadOnlyList<string> ChangedFields(IReadOnlyDictionary<string, string>? before, IReadOnlyDictionary<string, string> now)
    {
        if (before == null || before.Count == 0) return [];
        return now.Where(pair => !before.TryGetValue(pair.Key, out var old) || old != pair.Value).Select(pair => pair.Key)
            .Concat(before.Keys.Where(key => !now.ContainsKey(key))).OrderBy(key => key, StringComparer.Ordinal).ToList();
    }

    private static void Flatten(JsonElement element, string path, IDictionary<string, string> fields)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    Flatten(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, fields);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray()) Flatten(item, path + "." + i++.ToString(CultureInfo.InvariantCulture), fields);
                break;
            default:
                fields[path] = ShortHash(element.GetRawText());
                break;
        }
    }

    private static string ShortHash(string text) => Hash(text).Substring(0, 8);

    /// <summary>
    /// What a redemption asks for, without the hold token: a token changes with every hold, and
    /// a rerun must still recognise the same redemption.
    /// </summary>
    public static string RedemptionHash(RedeemRequest request) => Hash(string.Join("\u001f",
        request.VoucherNumber.Trim().ToUpperInvariant(),
        request.SiteId.Trim(),
        request.Amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "",
        request.ExperienceBits?.ToString(CultureInfo.InvariantCulture) ?? ""));

    private static string NormalValue(string? value)
    {
        var text = (value ?? "").Trim();
        if (text.Length == 0) return text;
        var amount = MoneyText.Parse(text, out var reason, mustBePositive: false);
        return reason == null && amount != null ? amount.Value.ToString("0.00", CultureInfo.InvariantCulture) : text;
    }

    /// <summary>The content of a row (for keys of rows without a reference, valid or not), with its value as given.</summary>
    private static string RedemptionRowHash(RedemptionRow row, string value)
    {
        var names = row.ExperienceNames.Concat(row.Experiences.Select(e => e.Name))
            .Select(name => name.Trim().ToUpperInvariant()).OrderBy(name => name, StringComparer.Ordinal);
        return Hash(string.Join("\u001f",
            (row.VoucherNumber ?? "").Trim().ToUpperInvariant(),
            (row.SiteId ?? "").Trim(),
            value,
            string.Join(";", names),
            (row.CatalogueVoucherId ?? "").Trim()));
    }

    /// <summary>Counts identical rows so that each gets its own key ("row:&lt;hash&gt;#2").</summary>
    internal sealed class Occurrences
    {
        private readonly Dictionary<string, int> _seen = new Dictionary<string, int>(StringComparer.Ordinal);

        private readonly Dictionary<string, int> _seenLegacy = new Dictionary<string, int>(StringComparer.Ordinal);

        /// <summary>The key, and the key a version 1.0 journal gave the same row (null when they are one).</summary>
        public (string Key, string? LegacyKey) KeysFor(RedemptionRow row)
        {
            var reference = row.Reference?.Trim();
            if (!string.IsNullOrEmpty(reference)) return (reference!, null);
            // The value normalised: "10", "10.0" and "10.00" are one amount (DESIGN 6); version 1.0 hashed it as written.
            var key = Next(_seen, RedemptionRowHash(row, NormalValue(row.Value)));
            var legacy = Next(_seenLegacy, RedemptionRowHash(row, (row.Value ?? "").Trim()));
            return (key, legacy == key ? null : legacy);
        }

        private static string Next(Dictionary<string, int> seen, string hash)
        {
            seen.TryGetValue(hash, out var count);
            seen[hash] = ++count;
            return "row:" + hash + "#" + count.ToString(CultureInfo.InvariantCulture);
        }
    }
}

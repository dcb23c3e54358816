using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SmartGift.Journal
{
    /// <summary>
    /// Journal keys and content hashes (docs/journal.md). A sale's key is its source order_id; a
    /// redemption's key is its reference, or, when that is empty, "row:" + a hash of what the row
    /// asks for + "#" + its occurrence among identical rows of the same input (so two identical
    /// rows are two redemptions, and a rerun of the same file maps each to the same key again).
    /// </summary>
    internal static class RecordKey
    {
        public static string Hash(string canonical)
        {
            using var sha = SHA256.Create();
            var digest = sha.ComputeHash(Encoding.UTF8.GetBytes(canonical));
            var hex = new StringBuilder(32);
            for (var i = 0; i < 16; i++) hex.Append(digest[i].ToString("x2", CultureInfo.InvariantCulture));
            return hex.ToString();
        }

        /// <summary>The hash of the body as it is sent (totals included), so any change of content shows.</summary>
        public static string SaleHash(SaleRequest sale) => Hash(JsonSerializer.Serialize(sale));

        /// <summary>
        /// What a redemption asks for, without the hold token: a token changes with every hold, and
        /// a rerun must still recognise the same redemption.
        /// </summary>
        public static string RedemptionHash(RedeemRequest request) => Hash(string.Join("\u001f",
            request.VoucherNumber.Trim().ToUpperInvariant(),
            request.SiteId.Trim(),
            request.Amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "",
            request.ExperienceBits?.ToString(CultureInfo.InvariantCulture) ?? ""));

        /// <summary>The content of a row as written (for keys of rows without a reference, valid or not).</summary>
        public static string RedemptionRowHash(RedemptionRow row)
        {
            var names = new List<string>();
            foreach (var name in row.ExperienceNames) names.Add(name.Trim().ToUpperInvariant());
            foreach (var experience in row.Experiences) names.Add(experience.Name.Trim().ToUpperInvariant());
            names.Sort(StringComparer.Ordinal);
            return Hash(string.Join("\u001f",
                (row.VoucherNumber ?? "").Trim().ToUpperInvariant(),
                (row.SiteId ?? "").Trim(),
                (row.Value ?? "").Trim(),
                string.Join(";", names),
                (row.CatalogueVoucherId ?? "").Trim()));
        }

        /// <summary>Counts identical rows so that each gets its own key ("row:&lt;hash&gt;#2").</summary>
        internal sealed class Occurrences
        {
            private readonly Dictionary<string, int> _seen = new Dictionary<string, int>(StringComparer.Ordinal);

            public string KeyFor(RedemptionRow row)
            {
                var reference = row.Reference?.Trim();
                if (!string.IsNullOrEmpty(reference)) return reference!;
                var hash = RedemptionRowHash(row);
                _seen.TryGetValue(hash, out var count);
                _seen[hash] = ++count;
                return "row:" + hash + "#" + count.ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}

using System;
using System.Collections.Generic;

namespace SmartGift
{
    /// <summary>
    /// Turns experience names into the bit_value sum that /redeem expects (document 003), using
    /// the catalogue. Unknown, repeated or ambiguous names are refused with a clear message.
    /// </summary>
    public static class ExperienceResolver
    {
        /// <summary>The experiences named, looked up in the catalogue (case-insensitive); catalogueVoucherId narrows the search.</summary>
        public static IReadOnlyList<Experience> Resolve(IReadOnlyList<Voucher> catalogue, IEnumerable<string> names, string? catalogueVoucherId = null) => throw new NotImplementedException();

        /// <summary>The sum of distinct powers of two; a repeated or invalid bit is refused.</summary>
        public static long BitSum(IEnumerable<Experience> experiences) => throw new NotImplementedException();
    }
}

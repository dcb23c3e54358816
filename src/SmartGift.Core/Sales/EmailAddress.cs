using System.Text.RegularExpressions;

namespace SmartGift.Sales
{
    /// <summary>
    /// The shape Smart Gift's (Laravel) "email" rule accepts in practice: local@domain with a dot
    /// in the domain and no spaces; dots doubled or at the edge of a part are refused too (RFC 5322
    /// forbids them). Deliberately not stricter than the server: a refusal here must be a real typo.
    /// </summary>
    internal static class EmailAddress
    {
        public const int MaxLength = 254;

        private static readonly Regex Shape = new Regex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant);

        public static bool IsValid(string value)
        {
            var v = value.Trim();
            return v.Length <= MaxLength && Shape.IsMatch(v) && !v.StartsWith(".", StringComparison.Ordinal) && !v.EndsWith(".", StringComparison.Ordinal)
                && !v.Contains("..") && !v.Contains(".@") && !v.Contains("@.");
        }
    }
}

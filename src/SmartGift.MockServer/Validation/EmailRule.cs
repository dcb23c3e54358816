using System.Text.RegularExpressions;

namespace SmartGift.MockServer.Validation
{
    /// <summary>The shape Laravel's "email" rule accepts in practice: local@domain with a dot in the domain, no spaces.</summary>
    internal static class EmailRule
    {
        private static readonly Regex Shape = new Regex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant);

        public static bool IsValid(string? text) => text != null && Shape.IsMatch(text);
    }
}

using System.Text.RegularExpressions;

namespace SmartGift.Sales
{
    /// <summary>
    /// A pragmatic e-mail check (ASCII local part, dotted domain): catches the typos that would
    /// make Smart Gift refuse the order or send a voucher nowhere. Stricter than RFC 5322 on
    /// purpose: a gift voucher address without a top-level domain is a mistake.
    /// </summary>
    internal static class EmailAddress
    {
        public const int MaxLength = 254;

        private static readonly Regex Shape = new Regex(
            @"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$",
            RegexOptions.CultureInvariant);

        public static bool IsValid(string value)
        {
            var v = value.Trim();
            return v.Length <= MaxLength && !v.StartsWith(".") && !v.Contains("..") && !v.Contains(".@") && Shape.IsMatch(v);
        }
    }
}

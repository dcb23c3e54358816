using System.Text.RegularExpressions;

namespace SmartGift.MockServer.Validation;

/// <summary>
/// The shape Laravel's "email" rule accepts in practice: local@domain with a dot in the domain,
/// no spaces, and (RFC 5322 dot-atoms) no empty part between dots on either side of the @, so
/// a..b@x.com, .a@x.com, a.@x.com, a@.x.com and a@x.com. are refused.
/// </summary>
internal static class EmailRule
{
    private static readonly Regex Shape = new Regex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant);

    public static bool IsValid(string? text) =>
        text != null && Shape.IsMatch(text) && text.Split('@').All(side => side.Split('.').All(part => part.Length > 0));
}

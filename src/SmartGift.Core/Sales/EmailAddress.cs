namespace SmartGift;

/// <summary>
/// The shape Smart Gift's (Laravel) "email" rule accepts in practice: local@domain with a dot
/// in the domain and no spaces; dots doubled or at the edge of a part are refused too (RFC 5322
/// forbids them). Deliberately not stricter than the server: a refusal here must be a real typo.
/// </summary>
internal static class EmailAddress
{
    public const int MaxLength = 254;

    public static bool IsValid(string value)
    {
        var v = value.Trim();
        return v.Length <= MaxLength && HasShape(v) && !v.StartsWith(".", StringComparison.Ordinal) && !v.EndsWith(".", StringComparison.Ordinal)
            && !v.Contains("..") && !v.Contains(".@") && !v.Contains("@.");
    }

    /// <summary>
    /// The regular expression ^[^@\s]+@[^@\s]+\.[^@\s]+$ over trimmed text, written out because it
    /// runs twice for every order of a bulk file: no white space, one '@' with text before it,
    /// and after it a '.' that is neither the first nor the last character.
    /// </summary>
    internal static bool HasShape(string v)
    {
        var at = -1;
        for (var i = 0; i < v.Length; i++)
        {
            if (char.IsWhiteSpace(v[i])) return false;
            if (v[i] != '@') continue;
            if (at >= 0) return false;
            at = i;
        }
        // Text before the '@', then at least one character before the '.' and one after it.
        if (at < 1 || at + 2 >= v.Length) return false;
        var dot = v.IndexOf('.', at + 2);
        return dot >= 0 && dot < v.Length - 1;
    }
}

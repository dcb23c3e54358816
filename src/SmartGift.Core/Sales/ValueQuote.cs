namespace SmartGift;

/// <summary>
/// Quotes an offending value for a problem message: one line, at most ~40 characters, so a
/// 1 MB field or an embedded newline never floods an error record.
/// </summary>
internal static class ValueQuote
{
    public const int MaxShown = 40;

    /// <summary>An id shown bare (order 123), cut to the same length.</summary>
    public static string Bare(string value) =>
        value.Length <= MaxShown ? value : value.Substring(0, MaxShown) + "...";

    public static string Of(string? value)
    {
        if (value == null) return "(none)";
        var text = new StringBuilder();
        text.Append('\'');
        var shown = 0;
        foreach (var c in value)
        {
            if (shown == MaxShown) break;
            if (c == '\n') text.Append("\\n");
            else if (c == '\r') text.Append("\\r");
            else if (c == '\t') text.Append("\\t");
            else text.Append(char.IsControl(c) ? '?' : c);
            shown++;
        }
        if (value.Length > MaxShown) text.Append("...' (" + value.Length + " characters)");
        else text.Append('\'');
        return text.ToString();
    }
}

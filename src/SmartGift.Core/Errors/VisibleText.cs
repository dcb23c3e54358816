namespace SmartGift;

/// <summary>
/// DESIGN 19: text from outside (a server, a file, a profile) shown with its control characters
/// made visible, so that it cannot move a terminal's cursor, recolour a line, set a window
/// title or write the clipboard (ESC ] 52). ESC reads \e; CR, LF and tab read \r, \n, \t; any other
/// C0 or C1 control, DEL, a lone surrogate and the bidirectional overrides (which reorder what a
/// line seems to say) read \uXXXX. Everything else, including a backslash, is left as it is.
/// </summary>
internal static class VisibleText
{
    /// <summary>The text on one line: every control character visible, line breaks too.</summary>
    public static string Of(string? text) => Escape(text, keepLines: false);

    /// <summary>The text as lines: line breaks and tabs kept (the host's own messages have them), every other control character visible.</summary>
    public static string Lines(string? text) => Escape(text, keepLines: true);

    /// <summary>True when Of would change the character.</summary>
    public static bool NeedsEscape(char c) =>
        c < ' ' || (c >= '\x7f' && c <= '\x9f') || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || char.IsSurrogate(c);

    private static string Escape(string? text, bool keepLines)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        StringBuilder? shown = null;
        for (var i = 0; i < text!.Length; i++)
        {
            var c = text[i];
            if (!NeedsEscape(c) || (keepLines && (c == '\n' || c == '\t' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))))
            {
                shown?.Append(c);
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // A pair is a real character (an emoji): kept.
                shown?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            shown ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            switch (c)
            {
                case '\x1b': shown.Append("\\e"); break;
                case '\r': shown.Append("\\r"); break;
                case '\n': shown.Append("\\n"); break;
                case '\t': shown.Append("\\t"); break;
                default: shown.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
            }
        }
        return shown?.ToString() ?? text;
    }
}

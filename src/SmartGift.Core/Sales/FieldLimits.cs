namespace SmartGift;

/// <summary>
/// Longest text accepted in one field: the gift message may be long, everything else is a
/// name, an id or an address line. A longer value is a problem for its row, never a crash; so
/// is a control character or a lone surrogate in any of them.
/// </summary>
internal static class FieldLimits
{
    public const int Message = 4000;
    /// <summary>A redemption's experience names, separated by ';'.</summary>
    public const int ExperienceList = 1000;
    public const int Other = 256;

    /// <summary>The limit for a column (snake_case CSV name or dotted API name).</summary>
    public static int For(string field) =>
        field == "message" || field.EndsWith(".message", StringComparison.Ordinal) ? Message : field == "experiences" ? ExperienceList : Other;

    public static string? Check(string? value, string field)
    {
        if (value == null) return null;
        var max = For(field);
        if (value.Length > max) return "is " + value.Length + " characters long; at most " + max + " are allowed";
        return Characters(value, field);
    }

    /// <summary>
    /// DESIGN 19: a value that cannot be meant. Control characters (C0, DEL, C1; in a message,
    /// where a card's lines and tabs are meant, tab, LF and CR LF are kept) would be stored and printed on a customer's voucher, or drive a terminal that
    /// shows them; a lone UTF-16 surrogate is half a character. Null when the value is clean.
    /// </summary>
    public static string? Characters(string value, string field)
    {
        var isMessage = For(field) == Message;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var at = " at character " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c))
                return "holds half a character (a lone UTF-16 surrogate, " + Code(c) + ")" + at + "; the text was cut or wrongly converted";
            if (isMessage && (c == '\t' || c == '\n' || (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n'))) continue;
            if (c < ' ' || (c >= '\x7f' && c <= '\x9f'))
                return "holds a control character (" + Code(c) + Name(c) + ")" + at + "; Smart Gift would print it on the voucher. Remove it";
        }
        return null;
    }

    private static string Code(char c) => "U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);

    private static string Name(char c) => c switch
    {
        '\0' => " NUL",
        '\t' => " tab",
        '\n' => " line feed",
        '\r' => " carriage return",
        '\x1b' => " escape",
        _ => "",
    };
}

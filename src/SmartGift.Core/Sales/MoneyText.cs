namespace SmartGift;

/// <summary>
/// Money as written in source rows: digits with an optional '.' and at most two decimals,
/// read with the invariant culture whatever the machine's culture. Thousands separators,
/// currency signs, exponents and '+' are refused: "1,000.00" means 1000 in one culture and
/// 1.0 in another, and a guess about money is worse than a clear refusal.
/// </summary>
internal static class MoneyText
{
    /// <summary>Largest amount accepted: far above any voucher, small enough to be a typo if exceeded.</summary>
    public const decimal Max = 1_000_000m;

    /// <summary>Parses text; returns null and a reason (value quoted) when it is not valid money.</summary>
    public static decimal? Parse(string text, out string? reason, bool mustBePositive = false)
    {
        reason = null;
        var trimmed = text.Trim();
        if (!HasShape(trimmed))
        {
            reason = ValueQuote.Of(text) + " is not an amount: use digits with a '.' before at most two decimals, no thousands separators or currency signs (e.g. 1000.00)";
            return null;
        }
        if (!decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            reason = ValueQuote.Of(text) + " is too large";
            return null;
        }
        // The value is quoted only when there is something to say: this runs for every amount of a bulk file.
        var problem = Problem(value, mustBePositive);
        if (problem == null) return value;
        reason = ValueQuote.Of(text) + problem;
        return null;
    }

    /// <summary>
    /// Digits, optionally after a '-' and with one '.' between digits: the regular expression
    /// ^-?[0-9]+(\.[0-9]+)?$ over trimmed text, written out because it runs for every amount of a bulk file.
    /// </summary>
    internal static bool HasShape(string text)
    {
        var i = text.Length > 0 && text[0] == '-' ? 1 : 0;
        var digits = Digits(text, ref i);
        if (digits == 0) return false;
        if (i == text.Length) return true;
        if (text[i] != '.') return false;
        i++;
        return Digits(text, ref i) > 0 && i == text.Length;
    }

    private static int Digits(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && text[i] >= '0' && text[i] <= '9') i++;
        return i - start;
    }

    /// <summary>The reason a decimal is not valid money, shown as given (Shown), or null.</summary>
    public static string? Check(decimal value, bool mustBePositive = false)
    {
        var problem = Problem(value, mustBePositive);
        // As given (all its decimals): the message is about a bad amount.
        return problem == null ? null : value.ToString(CultureInfo.InvariantCulture) + problem;
    }

    /// <summary>What is wrong with an amount, to follow the amount in a message (" is negative"), or null.</summary>
    private static string? Problem(decimal value, bool mustBePositive)
    {
        if (value < 0) return " is negative";
        if (mustBePositive && value == 0) return " must be more than 0";
        if (decimal.Round(value, 2) != value) return " has more than two decimals";
        if (value > Max) return " is more than " + Format(Max);
        return null;
    }

    /// <summary>Two decimals, invariant: how money is shown in messages and sent on the wire.</summary>
    public static string Format(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}

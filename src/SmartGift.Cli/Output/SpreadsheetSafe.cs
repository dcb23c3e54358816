namespace SmartGift.Cli;

/// <summary>
/// CSV injection (OWASP "CSV Injection"): a text cell that starts with =, +, -, @, or with any
/// white space or control character (tab, CR, LF, a space, NUL...: spreadsheets skip them and
/// then see the =), is read by a spreadsheet as a formula, so a crafted order id or server
/// message could run one. Such a cell gets a leading ' (shown as text, not evaluated) and is
/// quoted. Numbers (money, counts) are written as they are: "-5.00" stays a number.
/// </summary>
internal static class SpreadsheetSafe
{
    private static readonly char[] FormulaStart = { '=', '+', '-', '@', '\t', '\r' };

    /// <summary>The cell text to write for a value: neutralised when it is text (not a number the CLI formats) that starts like a formula.</summary>
    public static string Cell(object? value, string text) =>
        value is not (decimal or int or long or double or float or short) && text.Length > 0
            && (Array.IndexOf(FormulaStart, text[0]) >= 0 || char.IsWhiteSpace(text[0]) || char.IsControl(text[0]))
            ? "'" + text : text;
}

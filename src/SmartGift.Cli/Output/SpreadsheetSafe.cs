namespace SmartGift.Cli.Output;

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

    /// <summary>Values that are data the CLI itself formats, never outside text.</summary>
    public static bool IsNumber(object? value) =>
        value is decimal || value is int || value is long || value is double || value is float || value is short;

    public static bool StartsLikeFormula(string cell) =>
        cell.Length > 0 && (Array.IndexOf(FormulaStart, cell[0]) >= 0 || char.IsWhiteSpace(cell[0]) || char.IsControl(cell[0]));

    /// <summary>The cell text to write for a value: neutralised when it is text that starts like a formula.</summary>
    public static string Cell(object? value, string text) =>
        !IsNumber(value) && StartsLikeFormula(text) ? "'" + text : text;
}

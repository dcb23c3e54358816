namespace SmartGift.Cli;

/// <summary>
/// What a profile's name and a key variable's name may be (DESIGN 19): a name is shown in
/// messages and lists and may one day name a file, so no path separators, dots first, spaces
/// or control characters; a variable is a name a shell can set.
/// </summary>
internal static class ProfileNames
{
    public const int MaxLength = 64;

    /// <summary>Letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64.</summary>
    public static void CheckProfile(string name, string where)
    {
        if (name.Length == 0 || name.Length > MaxLength || !char.IsAsciiLetterOrDigit(name[0])
            || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '-'))
            throw CliException.Usage(where + " '" + VisibleText.Of(Cut(name)) + "' is not a profile name: use letters, digits, '.', '_' and '-' (starting with a letter or digit), at most " + MaxLength + " characters.");
    }

    /// <summary>A POSIX environment variable name: letters, digits and '_', not starting with a digit.</summary>
    public static void CheckVariable(string name, string where)
    {
        if (name.Length == 0 || name.Length > 255 || char.IsAsciiDigit(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            throw CliException.Usage(where + " '" + VisibleText.Of(Cut(name)) + "' is not an environment variable name: use letters, digits and '_', not starting with a digit.");
    }

    private static string Cut(string text) => text.Length <= 80 ? text : text.Substring(0, 80) + "...";
}

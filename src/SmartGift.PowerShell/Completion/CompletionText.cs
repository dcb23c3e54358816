namespace SmartGift.Commands;

/// <summary>What the completers share: the session named on the command line (or the default), and quoting.</summary>
internal static class CompletionText
{
    public static SmartGiftSession? SessionFor(IDictionary fakeBoundParameters)
    {
        var bound = fakeBoundParameters != null && fakeBoundParameters.Contains("Session") ? fakeBoundParameters["Session"] : null;
        var value = bound is PSObject wrapped ? wrapped.BaseObject : bound;
        if (value is SmartGiftSession session) return session;
        if (value is string name) return SessionRegistry.Find(name);
        return SessionRegistry.Default;
    }

    /// <summary>Candidates starting with (or, for a wildcard, matching) what was typed, quoted when needed.</summary>
    public static IEnumerable<CompletionResult> Complete(string wordToComplete, IEnumerable<(string Text, string ToolTip)> candidates)
    {
        var typed = (wordToComplete ?? "").Trim('\'', '"');
        var pattern = WildcardPattern.ContainsWildcardCharacters(typed)
            ? new WildcardPattern(typed, WildcardOptions.IgnoreCase)
            : new WildcardPattern(WildcardPattern.Escape(typed) + "*", WildcardOptions.IgnoreCase);
        return candidates
            .Where(c => !string.IsNullOrEmpty(c.Text) && pattern.IsMatch(c.Text))
            .Distinct()
            .Select(c => new CompletionResult(Quote(c.Text), c.Text, CompletionResultType.ParameterValue, string.IsNullOrEmpty(c.ToolTip) ? c.Text : c.ToolTip));
    }

    private static string Quote(string text)
    {
        var needsQuotes = text.Any(ch => char.IsWhiteSpace(ch) || "'\"`$;,(){}[]@#|&<>".IndexOf(ch) >= 0);
        return needsQuotes ? "'" + text.Replace("'", "''") + "'" : text;
    }
}

using System.Management.Automation.Language;

namespace SmartGift.Commands;

/// <summary>
/// Base of the module's completers: each lists its candidates from what this machine holds (a session's cached lists,
/// the ledger file), never a request (it would spend the rate limit on every Tab), and offers those matching what was
/// typed, quoted when needed. Not generic over a listed type: PowerShell reads the cmdlet assembly's types before
/// ModuleInitAndCleanup can resolve SmartGift.Core, so no base type may name a Core type.
/// </summary>
public abstract class ListCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var typed = (wordToComplete ?? "").Trim('\'', '"');
        var pattern = WildcardPattern.ContainsWildcardCharacters(typed)
            ? new WildcardPattern(typed, WildcardOptions.IgnoreCase)
            : new WildcardPattern(WildcardPattern.Escape(typed) + "*", WildcardOptions.IgnoreCase);
        return (Candidates(parameterName, fakeBoundParameters) ?? [])
            .Where(c => !string.IsNullOrEmpty(c.Text) && pattern.IsMatch(c.Text))
            .Distinct()
            .Select(c => new CompletionResult(Quote(c.Text), c.Text, CompletionResultType.ParameterValue, string.IsNullOrEmpty(c.ToolTip) ? c.Text : c.ToolTip));
    }

    /// <summary>Each candidate's text with its tooltip; null for none (a list the session has not fetched).</summary>
    protected abstract IEnumerable<(string Text, string ToolTip)>? Candidates(string parameterName, IDictionary fakeBoundParameters);

    protected static object? Bound(IDictionary fakeBoundParameters, string name)
    {
        var value = fakeBoundParameters != null && fakeBoundParameters.Contains(name) ? fakeBoundParameters[name] : null;
        return value is PSObject wrapped ? wrapped.BaseObject : value;
    }

    protected static SmartGiftSession? SessionFor(IDictionary fakeBoundParameters) => Bound(fakeBoundParameters, "Session") switch
    {
        SmartGiftSession session => session,
        string name => SessionRegistry.Find(name),
        _ => SessionRegistry.Default,
    };

    protected static bool ByName(string parameterName) => parameterName.EndsWith("Name", StringComparison.OrdinalIgnoreCase);

    private static string Quote(string text) =>
        text.Any(ch => char.IsWhiteSpace(ch) || "'\"`$;,(){}[]@#|&<>".IndexOf(ch) >= 0) ? "'" + text.Replace("'", "''") + "'"
        : text;
}

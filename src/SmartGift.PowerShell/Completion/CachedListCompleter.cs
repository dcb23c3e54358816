using System.Management.Automation.Language;

namespace SmartGift.Commands;

/// <summary>
/// Completes ids, or names for a -Name parameter, from a list the session has cached only:
/// completion never sends a request (it would spend the rate limit on every Tab).
/// Not generic over the listed type: PowerShell reads the cmdlet assembly's types before
/// ModuleInitAndCleanup can resolve SmartGift.Core, so no base type may name a Core type.
/// </summary>
public abstract class CachedListCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var session = CompletionText.SessionFor(fakeBoundParameters);
        var byName = parameterName.EndsWith("Name", StringComparison.OrdinalIgnoreCase);
        var candidates = session == null ? null : Candidates(session, byName);
        return candidates == null ? Enumerable.Empty<CompletionResult>() : CompletionText.Complete(wordToComplete, candidates);
    }

    /// <summary>The id (or name) of each cached item with its tooltip; null when the session has not fetched the list.</summary>
    protected abstract IEnumerable<(string Text, string ToolTip)>? Candidates(SmartGiftSession session, bool byName);
}

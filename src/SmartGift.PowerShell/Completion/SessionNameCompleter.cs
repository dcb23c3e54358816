using System.Management.Automation.Language;

namespace SmartGift.Commands;

/// <summary>Completes the names of connected sessions.</summary>
public sealed class SessionNameCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        CompletionText.Complete(wordToComplete, SessionRegistry.All.Select(s => (s.Name, s.ToString())));
}

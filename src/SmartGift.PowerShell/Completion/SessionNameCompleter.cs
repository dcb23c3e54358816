namespace SmartGift.Commands;

/// <summary>Completes the names of connected sessions.</summary>
public sealed class SessionNameCompleter : ListCompleter
{
    protected override IEnumerable<(string Text, string ToolTip)> Candidates(string parameterName, IDictionary fakeBoundParameters) =>
        SessionRegistry.All.Select(s => (s.Name, s.ToString()));
}

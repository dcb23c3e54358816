using System.Management.Automation.Language;

namespace SmartGift.Commands;

/// <summary>
/// Completes Set-SgJournalRecord -Key with the keys of the records that wait for a decision
/// (what Get-SgJournalRecord lists), read from the ledger file on this machine: never a request.
/// </summary>
public sealed class JournalKeyCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        try
        {
            var ledger = Bound(fakeBoundParameters, "LedgerPath");
            var journal = Bound(fakeBoundParameters, "JournalPath");
            if (ledger == null)
            {
                var session = CompletionText.SessionFor(fakeBoundParameters);
                ledger = session == null ? null : LedgerLocation.For(session.Client.Options);
            }
            if ((ledger == null || !File.Exists(ledger)) && (journal == null || !File.Exists(journal))) return Enumerable.Empty<CompletionResult>();
            var records = LedgerRecords.List(ledger != null && File.Exists(ledger) ? ledger : null, journal != null && File.Exists(journal) ? journal : null);
            return CompletionText.Complete(wordToComplete, records.Where(r => r.NeedsAttention)
                .Select(r => (r.Key, r.Key + ": " + r.State + " " + r.Kind + " since " + r.At.ToString("u", System.Globalization.CultureInfo.InvariantCulture))));
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is InvalidOperationException || e is System.Data.Common.DbException)
        {
            // A ledger that cannot be read now offers nothing; the command itself will say why.
            return Enumerable.Empty<CompletionResult>();
        }
    }

    private static string? Bound(IDictionary fakeBoundParameters, string name)
    {
        var value = fakeBoundParameters != null && fakeBoundParameters.Contains(name) ? fakeBoundParameters[name] : null;
        var text = (value is PSObject wrapped ? wrapped.BaseObject : value) as string;
        return string.IsNullOrWhiteSpace(text) ? null : Path.GetFullPath(text);
    }
}

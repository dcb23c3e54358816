namespace SmartGift.Commands;

/// <summary>
/// Completes Set-SgJournalRecord -Key with the keys of the records that wait for a decision
/// (what Get-SgJournalRecord lists), read from the ledger file on this machine: never a request.
/// </summary>
public sealed class JournalKeyCompleter : ListCompleter
{
    protected override IEnumerable<(string Text, string ToolTip)>? Candidates(string parameterName, IDictionary fakeBoundParameters)
    {
        try
        {
            var ledger = FileOf(fakeBoundParameters, "LedgerPath");
            var journal = FileOf(fakeBoundParameters, "JournalPath");
            if (ledger == null)
            {
                var session = SessionFor(fakeBoundParameters);
                ledger = session == null ? null : LedgerLocation.For(session.Client.Options);
            }
            if ((ledger == null || !File.Exists(ledger)) && (journal == null || !File.Exists(journal))) return null;
            var records = LedgerRecords.List(ledger != null && File.Exists(ledger) ? ledger : null, journal != null && File.Exists(journal) ? journal : null);
            return records.Where(r => r.NeedsAttention)
                .Select(r => (r.Key, r.Key + ": " + r.State + " " + r.Kind + " since " + r.At.ToString("u", System.Globalization.CultureInfo.InvariantCulture)));
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is InvalidOperationException || e is System.Data.Common.DbException)
        {
            // A ledger that cannot be read now offers nothing; the command itself will say why.
            return null;
        }
    }

    private static string? FileOf(IDictionary fakeBoundParameters, string name) =>
        Bound(fakeBoundParameters, name) is string text && !string.IsNullOrWhiteSpace(text) ? Path.GetFullPath(text) : null;
}

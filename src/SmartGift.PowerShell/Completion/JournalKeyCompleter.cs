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
            var ledger = Existing(FileOf(fakeBoundParameters, "LedgerPath")
                ?? (SessionFor(fakeBoundParameters) is { } session ? LedgerLocation.For(session.Client.Options) : null));
            var journal = Existing(FileOf(fakeBoundParameters, "JournalPath"));
            if (ledger == null && journal == null) return null;
            return LedgerRecords.List(ledger, journal).Where(r => r.NeedsAttention)
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

    private static string? Existing(string? file) => file != null && File.Exists(file) ? file : null;
}

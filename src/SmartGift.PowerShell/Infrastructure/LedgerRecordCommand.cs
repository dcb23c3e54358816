namespace SmartGift.Commands;

/// <summary>
/// The base of Get-SgJournalRecord and Set-SgJournalRecord: which ledger they read (-LedgerPath,
/// else -Session's or the default session's company ledger) and which journal's records (-JournalPath).
/// </summary>
public abstract class LedgerRecordCommand : PSCmdlet
{
    /// <summary>The session whose company's ledger is read (a session object or the name of a connected session). Default: the session connected last.</summary>
    [Parameter, SessionTransformation]
    [ArgumentCompleter(typeof(SessionNameCompleter))]
    public SmartGiftSession? Session { get; set; }

    [Parameter, ValidateNotNullOrEmpty]
    public string? LedgerPath { get; set; }

    protected string? Journal(string? journalPath) =>
        journalPath == null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(journalPath);

    /// <summary>The ledger's path; null only when a journal is given and nothing names a ledger (the journal is read alone).</summary>
    protected string? Ledger(string? journal)
    {
        if (LedgerPath != null) return SessionState.Path.GetUnresolvedProviderPathFromPSPath(LedgerPath);
        var session = Session ?? SessionRegistry.Default;
        if (session != null) return LedgerLocation.For(session.Client.Options);
        if (journal == null)
            ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException("The ledger is the company's: connect first (Connect-SgService), or give -LedgerPath or -JournalPath."),
                "NotConnected", ErrorCategory.ConnectionError, null));
        WriteWarning("Not connected: " + journal + " is read alone, not as the company's ledger has it. Connect-SgService (or -LedgerPath) reads the ledger.");
        return null;
    }
}

namespace SmartGift.Commands
{
    /// <summary>Which ledger the journal cmdlets read: -LedgerPath, else -Session's (or the default session's) company ledger.</summary>
    internal static class LedgerChoice
    {
        /// <summary>The ledger's path; null only when a journal is given and nothing names a ledger (the journal is read alone).</summary>
        public static string? Resolve(PSCmdlet cmdlet, SmartGiftSession? chosen, string? ledgerPath, string? journalPath)
        {
            if (ledgerPath != null) return cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(ledgerPath);
            var session = chosen ?? SessionRegistry.Default;
            if (session != null) return LedgerLocation.For(session.Client.Options);
            if (journalPath != null)
            {
                cmdlet.WriteWarning("Not connected: " + journalPath + " is read alone, not as the company's ledger has it. Connect-SgService (or -LedgerPath) reads the ledger.");
                return null;
            }
            cmdlet.ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException("The ledger is the company's: connect first (Connect-SgService), or give -LedgerPath or -JournalPath."),
                "NotConnected", ErrorCategory.ConnectionError, null));
            return null;
        }
    }
}

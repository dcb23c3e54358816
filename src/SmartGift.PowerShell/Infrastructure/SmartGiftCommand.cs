namespace SmartGift.Commands;

/// <summary>
/// Base of the cmdlets that work in a session: -Session, the default session, the imports'
/// shared rules (-WhatIf, -ErrorAction Stop, the journal) and their error records. Waiting,
/// progress and Ctrl+C are ApiCallCommand's.
/// </summary>
public abstract partial class SmartGiftCommand : ApiCallCommand
{
    /// <summary>The session to use: a session object or the name of a connected session. Default: the session connected last.</summary>
    [Parameter, SessionTransformation]
    [ArgumentCompleter(typeof(SessionNameCompleter))]
    public SmartGiftSession? Session { get; set; }

    protected SmartGiftSession ResolveSession()
    {
        var session = OptionalSession();
        if (session == null)
            ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException("Not connected to Smart Gift. Run Connect-SgService first (for example: Connect-SgService -ApiKey (Read-Host -AsSecureString 'API key')), or pass -Session."),
                "NotConnected", ErrorCategory.ConnectionError, null));
        return session!;
    }

    protected SmartGiftSession? OptionalSession() => Session ?? SessionRegistry.Default;

    /// <summary>-ErrorAction Stop or $ErrorActionPreference: an import sends nothing after a failed record (DESIGN 15).</summary>
    protected bool StopsOnFirstError()
    {
        var value = Preference("ErrorAction", "ErrorActionPreference");
        value = value is PSObject wrapped ? wrapped.BaseObject : value;
        if (value is ActionPreference preference) return preference == ActionPreference.Stop;
        return value is string text && string.Equals(text.Trim(), "Stop", StringComparison.OrdinalIgnoreCase);
    }

    private object? Preference(string parameter, string variable) =>
        MyInvocation.BoundParameters.TryGetValue(parameter, out var bound) ? bound : GetVariableValue(variable);

    /// <summary>One failed record: an error record; a 401 ends the command, since nothing more can work.</summary>
    protected void WriteFailure(SmartGiftError error, object? target, string? what = null, string? recommendedAction = null)
    {
        var record = SmartGiftErrorRecord.Create(error, target, what, recommendedAction, Journaled);
        if (error.Kind == SmartGiftErrorKind.Unauthenticated) ThrowTerminatingError(record);
        WriteError(record);
    }

    /// <summary>A failed or unknown import record's error record; one refused before sending lists its problems.</summary>
    protected void WriteRecordFailure(string record, IRecordResult result, object? target)
    {
        var (status, error, problems, detail) = (result.Status, result.Error, result.Problems, result.Detail);
        // Every status but Confirmed and Skipped is an error record, every time (DESIGN 17); so is any
        // result with an error. Contradicted is a warning instead: the redemption was made.
        if (error == null && status is RecordStatus.Confirmed or RecordStatus.Skipped or RecordStatus.Contradicted) return;
        if (error == null && problems.Count == 0)
        {
            // Not sent, with no error of its own (a stop while it waited): still one error record per record (DESIGN 17).
            var message = detail == null ? record + " was not sent" : SmartGiftErrorRecord.Follow(record + " was not sent", detail);
            WriteError(SmartGiftErrorRecord.Of(new InvalidOperationException(message), status.ToString(),
                ErrorCategory.OperationStopped, target, message, "Run the command again: what was not sent is sent, what was sent is skipped."));
            return;
        }
        if (error == null || (problems.Count > 0 && error.Kind == SmartGiftErrorKind.Validation))
            WriteError(SmartGiftErrorRecord.ForProblems(problems, target, record + " was not sent", Journaled));
        // Said as it happened: never "was refused" for what never reached Smart Gift (issue 21, finding 8).
        else WriteFailure(error, target, record + (status == RecordStatus.Unknown ? ": outcome unknown"
            : status == RecordStatus.NotSent || error.Kind is SmartGiftErrorKind.Network or SmartGiftErrorKind.RateLimited
                ? " was not sent" : " was refused"));
    }

    /// <summary>
    /// One step of an import (Add or Complete), its events written here on the pipeline thread. A refused key or a journal
    /// problem ends the command; Ctrl+C ends it quietly (Core has let the requests in flight finish and journaled them).
    /// </summary>
    protected void RunImportStep(Func<IEnumerable<ImportEvent>> step)
    {
        try
        {
            foreach (var item in step())
            {
                // Ctrl+C: every write would throw now; the rest is drained so the requests in flight are recorded.
                if (Stopping) CountAfterStop(item);
                // What the operator must read (a torn journal line, records taken into the ledger), not a passing status.
                else if (item is ImportProgress { IsNote: true } note) WriteWarning(MyInvocation.MyCommand.Name + ": " + note.Status);
                else if (item is ImportProgress progress)
                {
                    // A rate-limit wait: a countdown with a percent, moved about once a second by Core.
                    // Not even its text under -WhatIf (QuietProgress): a count follows every record.
                    if (!QuietProgress)
                    {
                        if (progress.RateLimitWait == null && Estimate() is var (percent, secondsLeft) && percent >= 0)
                            WriteStatus(progress.Status + "; " + Records + " of " + KnownTotal + " rows read", percent, secondsRemaining: secondsLeft);
                        else
                            WriteStatus(progress.Status, progress.WaitPercent, urgent: progress.RateLimitWait != null);
                    }
                    if (progress.RateLimitWait != null && !progress.IsCountdown) WriteVerbose(progress.Status);
                }
                else _writeResult!(item);
            }
        }
        catch (SmartGiftException e) when (e.Kind == SmartGiftErrorKind.Unauthenticated)
        {
            ThrowTerminatingError(SmartGiftErrorRecord.Create(e.Error, null, "Smart Gift refused the API key", journaled: Journaled));
        }
        catch (System.IO.IOException e)
        {
            ThrowJournalError(e, _importJournal);
        }
        catch (OperationCanceledException)
        {
        }
        if (Stopping) ReportStop();
    }

    /// <summary>The journal cannot be opened or written (locked by another run, not a journal, disk full): nothing more is safe.</summary>
    protected void ThrowJournalError(System.IO.IOException error, string? journalPath) =>
        ThrowTerminatingError(SmartGiftErrorRecord.Of(error, "JournalUnavailable", ErrorCategory.ResourceUnavailable, journalPath,
            "Journal " + journalPath + ": " + error.Message,
            "Nothing more was sent. Fix the journal problem (or use another -JournalPath for a different file) and run the command again."));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            DisposeImport();
            _comparison?.Dispose();
        }
        base.Dispose(disposing);
    }
}

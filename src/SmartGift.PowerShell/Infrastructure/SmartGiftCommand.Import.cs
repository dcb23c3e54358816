namespace SmartGift.Commands;

/// <summary>
/// The writing cmdlets' (New-SgSale, Invoke-SgRedeem) one Begin/Process/End/Dispose around a Core BulkImport. A partial
/// class, not a base of its own: New-SgSale's row parameters come from SaleRowCommand, which Compare-SgSale shares.
/// </summary>
public abstract partial class SmartGiftCommand
{
    private IBulkImport? _import;
    private Action<ImportEvent>? _writeResult;
    // -JournalPath as given: its errors name it so.
    private string? _importJournal;
    private IDisposable? _terminateRun;
    // Ctrl+C: results that came after PowerShell stopped taking output, said in the stop message instead.
    private int _resultsAfterStop;
    private int _confirmedAfterStop;
    private bool _stopReported;

    /// <summary>-WhatIf: Core checks every record and reads the journal without writing to it.</summary>
    protected bool DryRun { get; private set; }

    protected long Records { get; set; }

    /// <summary>True where the command keeps a journal, so that advice may name a rerun with it.</summary>
    private bool Journaled => _importJournal != null;

    /// <summary>BeginProcessing of a writing cmdlet: the session, -WhatIf, the import; writeResult writes its results.</summary>
    protected void OpenImport(Func<SmartGiftSession, IBulkImport> open, string? journalPath, Action<ImportEvent> writeResult)
    {
        _importJournal = journalPath;
        _writeResult = writeResult;
        if (TerminateSignal.Received)
            ThrowTerminatingError(new ErrorRecord(new OperationCanceledException("pwsh is ending (SIGTERM): nothing more is sent."), "Terminating", ErrorCategory.OperationStopped, null));
        var session = ResolveSession();
        // -WhatIf (not -WhatIf:$false) or the caller's $WhatIfPreference: the import checks every row and sends nothing.
        var whatIf = Preference("WhatIf", "WhatIfPreference");
        DryRun = whatIf is SwitchParameter flag ? flag.IsPresent : LanguagePrimitives.IsTrue(whatIf);
        QuietProgress = DryRun;
        try
        {
            _import = open(session);
        }
        catch (System.IO.IOException e)
        {
            ThrowJournalError(e, ProviderPath(journalPath));
        }
        _terminateRun = TerminateSignal.Enter(StopSending);
    }

    /// <summary>A result PowerShell no longer takes (Ctrl+C): counted for the stop message.</summary>
    private void CountAfterStop(ImportEvent item)
    {
        if (!(item is IRecordResult result)) return;
        _resultsAfterStop++;
        if (result.Status == RecordStatus.Confirmed) _confirmedAfterStop++;
    }

    /// <summary>
    /// Ctrl+C stopped the command: PowerShell takes no more output, so what the output lacks is
    /// said on the host (the one channel left), and a script run exits 130, not 0 (issue 21, finding 4).
    /// </summary>
    private void ReportStop()
    {
        if (_stopReported || _import == null) return;
        _stopReported = true;
        try
        {
            // The requests still in flight finish and are recorded before the counts are said.
            foreach (var item in _import.Complete(Cancellation)) CountAfterStop(item);
        }
        catch (Exception e) when (e is OperationCanceledException || e is InvalidOperationException || e is SmartGiftException || e is System.IO.IOException)
        {
            // Said below from what is known; every outcome the import learnt is in the ledger.
        }
        var name = MyInvocation.MyCommand.Name;
        var message = name + " was stopped (Ctrl+C): " + _import.Summary + "; the requests in flight finished and were recorded"
            + (_resultsAfterStop > 0 ? "; " + _resultsAfterStop + (_resultsAfterStop == 1 ? " result" : " results") + " came after the stop and are not in the output (" + _confirmedAfterStop + " of them confirmed)" : "")
            + ". Nothing more was sent. Get-SgJournalRecord -All lists every record; the same command run again sends only the rest.";
        try
        {
            Host.UI.WriteWarningLine(message);
            if (EndsAfterwards()) Host.SetShouldExit(130);
        }
        catch (Exception e) when (e is NotImplementedException || e is NotSupportedException || e is System.Management.Automation.Host.HostException)
        {
            // A host without a console (a service's runspace): the ledger still holds every outcome.
        }
    }

    /// <summary>
    /// Whether this pwsh ends after its script or command (pwsh -File, -Command, -EncodedCommand, -NonInteractive, or
    /// a script as its first argument). After Ctrl+C stops a write, pwsh -File would exit 0 (issue 21, finding 4): such
    /// a run exits 130 instead, as a shell does after Ctrl+C; an interactive session is never ended.
    /// </summary>
    private bool EndsAfterwards()
    {
        if (Host.Name != "ConsoleHost") return false; // hosted runspaces (editors, services) own their exit
        var script = false;
        foreach (var argument in Environment.GetCommandLineArgs().Skip(1))
        {
            if (!(argument.StartsWith("-", StringComparison.Ordinal) || argument.StartsWith("/", StringComparison.Ordinal)))
            {
                // A script to run (pwsh script.ps1); other plain words are an option's value (-ExecutionPolicy Bypass).
                if (argument.EndsWith(".ps1", StringComparison.OrdinalIgnoreCase)) return true;
                continue;
            }
            var name = argument.TrimStart('-', '/').ToLowerInvariant();
            if (name.Length >= 3 && "noexit".StartsWith(name, StringComparison.Ordinal)) return false;
            if (name.Length >= 4 && "noninteractive".StartsWith(name, StringComparison.Ordinal)) script = true;
            // Everything after -File or -Command belongs to the script or the command.
            if (name.Length >= 1 && ("file".StartsWith(name, StringComparison.Ordinal) || "command".StartsWith(name, StringComparison.Ordinal)
                || "encodedcommand".StartsWith(name, StringComparison.Ordinal) || name == "ec")) return true;
        }
        return script;
    }

    /// <summary>The options both imports take from their cmdlet; approve is asked on this thread (ShouldProcess).</summary>
    protected ImportOptions<TRequest> ImportOptionsOf<TRequest>(bool useLedger, bool retryUnknown, int maxConcurrency, Func<TRequest, bool> approve)
        where TRequest : class =>
        new ImportOptions<TRequest>
        {
            JournalPath = ProviderPath(_importJournal),
            UseLedger = useLedger,
            Source = InputFile ?? "pipeline (" + MyInvocation.MyCommand.Name + ")",
            RetryUnknown = retryUnknown,
            MaxConcurrency = maxConcurrency,
            StopOnFirstError = StopsOnFirstError(),
            DryRun = DryRun,
            Approve = approve,
        };

    /// <summary>Records in all, if known first (New-SgSale -Path): progress then shows a percent and the time left.</summary>
    protected long? KnownTotal { get; set; }

    private readonly System.Diagnostics.Stopwatch _sinceFirstRecord = new System.Diagnostics.Stopwatch();

    /// <summary>The percent of the known total handed over, and the seconds left at the rate so far; -1, -1 when the total is unknown.</summary>
    private (int Percent, int SecondsRemaining) Estimate()
    {
        if (KnownTotal is not long total || total <= 0 || Records <= 0) return (-1, -1);
        if (!_sinceFirstRecord.IsRunning) _sinceFirstRecord.Start();
        var done = Math.Min(Records, total);
        var percent = (int)(100 * done / total);
        var elapsed = _sinceFirstRecord.Elapsed.TotalSeconds;
        // A rate needs a few records and a second or two to mean anything.
        var seconds = done >= 3 && elapsed >= 1 ? (int)Math.Round(elapsed * (total - done) / done) : -1;
        return (percent, seconds);
    }

    /// <summary>The file a writing cmdlet reads itself (New-SgSale -Path), as a provider path; null when records come from the pipeline.</summary>
    protected string? InputFile { get; set; }

    /// <summary>EndProcessing of a writing cmdlet: the last results, then the summary (verbose) and why sending stopped early (warning).</summary>
    protected void EndImport(string noun)
    {
        // Records come in at all (a pipeline or a file), yet none came (an empty CSV): an error, so a broken export does not look fine.
        if (Records == 0 && (MyInvocation.ExpectingInput || InputFile != null))
        {
            var message = MyInvocation.MyCommand.Name + " got no " + noun + " " + (InputFile == null ? "from the pipeline" : "from " + InputFile)
                + ": nothing was sent.";
            WriteError(SmartGiftErrorRecord.Of(new InvalidOperationException(message + " An empty file is usually a broken export."), "NoInput",
                ErrorCategory.InvalidData, InputFile, message, InputFile == null
                    ? "Check the file or command that feeds the pipeline; it produced no rows."
                    : "Check the file: it has a header and no rows."));
        }
        RunImportStep(() => _import!.Complete(Cancellation));
        CompleteStatus();
        var name = MyInvocation.MyCommand.Name;
        WriteVerbose(name + ": " + _import!.Summary);
        if (_import.StopReason != null) WriteWarning(name + " stopped sending: " + _import.StopReason);
        if (TerminateSignal.Received && _terminateRun != null)
            WriteWarning(name + " was stopped (SIGTERM): " + _import.Summary + "; the requests in flight finished and were recorded, nothing more was sent, and pwsh ends now (exit 143). The same command run again sends only the rest.");
    }

    private string? ProviderPath(string? path) => path == null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);

    private void DisposeImport()
    {
        // Ctrl+C came between records: the stop is still reported.
        if (Stopping) ReportStop();
        _import?.Dispose();
        _import = null;
        // Journal and ledger closed: a SIGTERM waiting for this write may end pwsh now.
        if (_terminateRun == null) return;
        _terminateRun.Dispose();
        _terminateRun = null;
        TerminateSignal.EndIfReceived();
    }
}

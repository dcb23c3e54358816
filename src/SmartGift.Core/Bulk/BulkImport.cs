namespace SmartGift;

/// <summary>
/// The one bulk import, push-based so that a cmdlet's ProcessRecord and a CLI loop drive it the
/// same way: Add per record, then Complete. Records are checked, journaled and sent with up to
/// MaxConcurrency requests in flight; results come back in input order, on the caller's thread.
/// Memory stays bounded: Add blocks when the window is full. A subclass says only how it turns
/// records into requests (grouping, validation) and how it sends one.
/// </summary>
public abstract class BulkImport<TRecord, TRequest, TResult> : IBulkImport
    where TRecord : class
    where TRequest : class
    where TResult : ImportEvent, IRecordResult
{
    private readonly SendWindow<TResult> _window;
    private protected JournaledCall Call { get; }
    private bool _completed;
    private bool _disposed;

    private protected BulkImport(SmartGiftSession session, ImportOptions<TRequest> options, JournalKind kind)
    {
        Session = session ?? throw new ArgumentNullException(nameof(session));
        Options = options ?? throw new ArgumentNullException(nameof(options));
        var time = session.Client.Options.TimeProvider;
        Kind = kind;
        try
        {
            // A dry run reads the journal but is still refused while another run holds it.
            var ledgerPath = options.UseLedger ? LedgerLocation.For(session.Client.Options) : null;
            if (options.JournalPath != null)
                Journal = options.DryRun ? ImportJournal.OpenReadOnly(options.JournalPath, kind)
                    : ImportJournal.Open(options.JournalPath, kind, time.GetUtcNow(), ledgerPath == null ? null : System.IO.Path.GetFileName(ledgerPath));
            // A dry run reads the company's ledger only when it exists (and creates nothing).
            if (ledgerPath != null && (!options.DryRun || File.Exists(ledgerPath)))
                Ledger = CompanyLedger.Open(ledgerPath, time.GetUtcNow());
            if (Ledger != null && Journal != null)
            {
                Ledger.RefuseForeign(Journal.Contents, Journal.Path);
                Journal.FlushToDisk = false;
            }
            _window = new SendWindow<TResult>(options.DryRun ? null : session.Client, options.MaxConcurrency, options.StopOnFirstError);
        }
        catch
        {
            Journal?.Dispose();
            Ledger?.Dispose();
            throw;
        }
        if (Journal != null) foreach (var note in Journal.Contents.Notes) _window.Note(note);
        if (Ledger != null && !options.DryRun)
        {
            if (Journal != null && Ledger.Adopt(kind, Journal.Contents, Journal.Path) is var taken and > 0)
                _window.Note(taken + " record(s) of the journal " + Journal.Path + " were taken into the ledger " + Ledger.Path + ".");
            Ledger.StartRun(kind == JournalKind.Sale ? "sale import" : "redemption import", options.Source, Journal?.Path, time.GetUtcNow());
        }
        Call = new JournaledCall(Journal, Ledger, kind, options.Source, time);
    }

    private protected SmartGiftSession Session { get; }
    private protected ImportOptions<TRequest> Options { get; }
    private protected ImportJournal? Journal { get; }
    private protected CompanyLedger? Ledger { get; }
    private protected JournalKind Kind { get; }

    /// <summary>True when the record's last event is a send by another run that is still going on.</summary>
    private protected bool InFlightElsewhere(JournalEntry? entry) =>
        entry != null && entry.Interrupted && Ledger != null && Ledger.IsAnotherLiveRun(entry.Run);

    /// <summary>Where the ledger is (null: this run keeps none), for hosts to show.</summary>
    public string? LedgerPath => Ledger?.Path;

    /// <summary>
    /// What is known of a key before it is sent: the ledger's record (and a look-alike's), else
    /// the journal's (a dry run before the journal was ever taken into the ledger).
    /// </summary>
    private protected LedgerLookup Lookup(string key, string? ledgerKey = null) =>
        (Ledger?.Find(Kind, ledgerKey ?? key) ?? default).OrJournal(Journal?.Contents.Find(key));

    /// <summary>Adds one record; returns the events (results in input order, progress) ready now.</summary>
    public IReadOnlyList<ImportEvent> Add(TRecord record, CancellationToken cancellationToken = default)
    {
        if (record == null) throw new ArgumentNullException(nameof(record));
        return AddOther(() => Accept(record, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Ends the input: flushes what the subclass still holds and yields every remaining event as
    /// it happens, until all are done. After cancellation, requests already in flight finish and
    /// are journaled; nothing new is sent, and the last record is reported (as not sent), never dropped.
    /// </summary>
    public IEnumerable<ImportEvent> Complete(CancellationToken cancellationToken = default)
    {
        if (!_completed)
        {
            _completed = true;
            if (cancellationToken.IsCancellationRequested) _window.Cancel();
            if (TakesInput) EndOfInput();
        }
        return _window.Finish(cancellationToken);
    }

    public ImportSummary Summary => _window.Summary;

    /// <summary>Why sending stopped early (an outage), or null: hosts show it with the summary.</summary>
    public string? StopReason => _window.StopReason;

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _window.Dispose();
        Journal?.Dispose();
        Ledger?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Takes one record: settles it at once (refused, skipped) or queues its send.</summary>
    private protected abstract void Accept(TRecord record, CancellationToken cancellationToken);

    /// <summary>Queues what the subclass still holds when the input ends (the last order).</summary>
    private protected virtual void EndOfInput()
    {
    }

    private protected bool Cancelled => _window.Cancelled;

    /// <summary>Takes a record (a row, or a whole cart) unless the run is over, then pumps the window.</summary>
    private protected IReadOnlyList<ImportEvent> AddOther(Action accept, CancellationToken cancellationToken)
    {
        if (_completed) throw new InvalidOperationException("Complete has been called: this import takes no more input.");
        cancellationToken.ThrowIfCancellationRequested();
        if (!_window.KeepsReporting) _window.ThrowIfFatal();
        if (TakesInput) accept();
        return _window.Pump(cancellationToken);
    }

    /// <summary>
    /// Reads what records need (the catalogue) on the caller's thread: the error, or null when read.
    /// A 401 stops the run: nothing more is sent.
    /// </summary>
    private protected SmartGiftError? Read(Func<Task> read)
    {
        try
        {
            read().ConfigureAwait(false).GetAwaiter().GetResult();
            return null;
        }
        catch (SmartGiftException e)
        {
            if (e.Kind == SmartGiftErrorKind.Unauthenticated) _window.Stop(e);
            return e.Error;
        }
    }

    private protected void Note(string note) => _window.Note(note);

    /// <summary>Keys this run has queued for sending: a later row with the same key is refused, and that refusal is not the key's record.</summary>
    private readonly HashSet<string> _queuedKeys = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Refused before sending: the problems, each at its row and field, in one Validation error.
    /// With the record's key, the refusal is kept in the ledger too, so every view lists it (DESIGN 17),
    /// as a refused record (Failed, permanent, no content hash: any corrected row is new content and
    /// is sent). Only for a key the ledger has never seen sent: a refusal never hides what Smart Gift may have.
    /// </summary>
    private protected void Refuse(TResult result, IReadOnlyList<RecordProblem> problems, string message, string? key = null, string? location = null)
    {
        result.Problems = problems;
        Settle(result, RecordStatus.Failed, "not sent: refused before sending", new SmartGiftError(SmartGiftErrorKind.Validation, message));
        if (Ledger == null || Options.DryRun || string.IsNullOrWhiteSpace(key) || _queuedKeys.Contains(key!)) return;
        var entry = Ledger.Find(Kind, key!).Entry;
        if (entry != null && entry.State != JournalEvent.Failed) return;
        try
        {
            Ledger.Append(Kind, new JournalLine { At = Session.Client.Options.TimeProvider.GetUtcNow(), Event = JournalEvent.Failed, Key = key!, Hash = "", ErrorKind = "Validation", Message = message, Permanent = true }, Options.Source, location);
        }
        catch (Exception e) when (e is System.Data.Common.DbException || e is System.IO.IOException)
        {
            Note("the refusal of '" + key + "' could not be kept in the ledger (" + e.Message + ")");
        }
    }

    /// <summary>" (line 20)" after a record's name, unless every problem names its row itself: a message names the row once (issue 21, finding 8).</summary>
    private protected static string At(string? location, IReadOnlyList<RecordProblem> problems) =>
        string.IsNullOrEmpty(location) || (problems.Count > 0 && problems.All(p => p.Location.Length > 0)) ? "" : " (" + location + ")";

    private protected void Settle(TResult result, RecordStatus status, string? detail, SmartGiftError? error) =>
        _window.Enqueue(SendWindow<TResult>.Mark(result, status, detail, error));

    /// <summary>
    /// The checks every record passes before it may be sent, in one order for sales and
    /// redemptions: the journal's word (DESIGN 6), then cancellation, dry run, and last the host's
    /// approval (ShouldProcess), so that -Confirm is never asked about a record that would not be
    /// sent anyway, and a run that can no longer keep its records; then the send in the window: the one way a record leaves.
    /// </summary>
    private protected void SendOrSettle(string key, TResult result, TRequest request, ResumeDecision decision, Func<CancellationToken, bool, Task<SendOutcome>> send)
    {
        _queuedKeys.Add(key);
        var held = decision.Action switch
        {
            ResumeAction.Skip => (RecordStatus.Skipped, decision.Detail, null),
            ResumeAction.StillUnknown => (RecordStatus.Unknown, decision.Detail, new SmartGiftError(SmartGiftErrorKind.OutcomeUnknown, decision.Detail!)),
            // The kind the journal recorded for the earlier refusal (Validation when unreadable).
            ResumeAction.StillFailed => (RecordStatus.Failed, decision.Detail, new SmartGiftError(
                Enum.TryParse(decision.Entry!.ErrorKind, out SmartGiftErrorKind kind) ? kind : SmartGiftErrorKind.Validation, decision.Detail!)),
            ResumeAction.Conflict => (RecordStatus.Conflict, decision.Detail, new SmartGiftError(SmartGiftErrorKind.Validation, decision.Detail!)),
            _ when _window.Cancelled => (RecordStatus.Skipped, "not sent: cancelled", null),
            _ when Options.DryRun => (RecordStatus.Skipped, "not sent: dry run" + (decision.Detail == null ? "" : " (would be " + decision.Detail + ")"), null),
            _ when Options.Approve != null && !Options.Approve(request) => (RecordStatus.Skipped, "not sent: declined", null),
            // The records can no longer be kept (KeepsReporting): nothing more is sent, and this one is still reported.
            _ when _window.Failed => (RecordStatus.NotSent, "not sent: the run stopped (" + _window.StopMessage + ")",
                new SmartGiftError(SmartGiftErrorKind.Validation, "Not sent: the run stopped before this record (" + _window.StopMessage + "); the next run sends it.")),
            _ => ((RecordStatus, string?, SmartGiftError?)?)null,
        };
        if (held is var (status, detail, error)) Settle(result, status, detail, error);
        else _window.Enqueue(result, stop => send(stop, decision.Action == ResumeAction.ReleaseAndSend));
    }

    /// <summary>Records are still taken: the run goes on, or it stopped on its records' keeping and reports the rest NotSent.</summary>
    private bool TakesInput => !_window.Failed || _window.KeepsReporting;
}

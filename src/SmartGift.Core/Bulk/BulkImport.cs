using SmartGift.Http;
using SmartGift.Journal;

namespace SmartGift.Bulk
{
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
        private readonly JournaledCall _call;
        private bool _completed;
        private bool _disposed;

        private protected BulkImport(SmartGiftSession session, ImportOptions<TRequest> options, JournalKind kind)
        {
            Session = session ?? throw new ArgumentNullException(nameof(session));
            Options = options ?? throw new ArgumentNullException(nameof(options));
            var time = session.Client.Options.TimeProvider;
            // A dry run reads the journal but is still refused while another run holds it.
            if (options.JournalPath != null)
                Journal = options.DryRun ? ImportJournal.OpenReadOnly(options.JournalPath, kind) : ImportJournal.Open(options.JournalPath, kind, time.GetUtcNow());
            try
            {
                _window = new SendWindow<TResult>(options.DryRun ? null : session.Client, options.MaxConcurrency, options.StopOnFirstError);
            }
            catch
            {
                Journal?.Dispose();
                throw;
            }
            if (Journal != null) foreach (var note in Journal.Contents.Notes) _window.Note(note);
            _call = new JournaledCall(Journal, time);
        }

        private protected SmartGiftSession Session { get; }
        private protected ImportOptions<TRequest> Options { get; }
        private protected ImportJournal? Journal { get; }

        /// <summary>Adds one record; returns the events (results in input order, progress) ready now.</summary>
        public IReadOnlyList<ImportEvent> Add(TRecord record, CancellationToken cancellationToken = default)
        {
            if (record == null) throw new ArgumentNullException(nameof(record));
            Begin(cancellationToken);
            if (!_window.Failed) Accept(record, cancellationToken);
            return _window.Pump(cancellationToken);
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
                if (!_window.Failed) EndOfInput();
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
            GC.SuppressFinalize(this);
        }

        /// <summary>Takes one record: settles it at once (refused, skipped) or queues its send.</summary>
        private protected abstract void Accept(TRecord record, CancellationToken cancellationToken);

        /// <summary>Queues what the subclass still holds when the input ends (the last order).</summary>
        private protected virtual void EndOfInput()
        {
        }

        private protected bool Cancelled => _window.Cancelled;

        /// <summary>For input that is not a TRecord (a whole cart): the same checks as Add, then Pump.</summary>
        private protected IReadOnlyList<ImportEvent> AddOther(Action accept, CancellationToken cancellationToken)
        {
            Begin(cancellationToken);
            if (!_window.Failed) accept();
            return _window.Pump(cancellationToken);
        }

        /// <summary>A 401 while reading what a record needs (the catalogue): nothing more is sent.</summary>
        private protected void StopOn(SmartGiftException e) => _window.Stop(e);

        /// <summary>A note for the host's log ("the catalogue could not be read").</summary>
        private protected void Note(string note) => _window.Note(note);

        /// <summary>Refused before sending: the problems, each at its row and field, in one Validation error.</summary>
        private protected void Refuse(TResult result, IReadOnlyList<RecordProblem> problems, string message)
        {
            result.Problems = problems;
            Settle(result, RecordStatus.Failed, "not sent: refused before sending", new SmartGiftError(SmartGiftErrorKind.Validation, message));
        }

        private protected void Settle(TResult result, RecordStatus status, string? detail, SmartGiftError? error) =>
            _window.Enqueue(WindowSlot<TResult>.Done(Mark(result, status, detail, error)));

        /// <summary>
        /// The journal's word, cancellation, dry run and the host's approval (SendGate), then the
        /// send in the window: the one way a record leaves.
        /// </summary>
        private protected void SendOrSettle(TResult result, TRequest request, ResumeDecision decision, Func<CancellationToken, bool, Task<SendOutcome<TResult>>> send)
        {
            var gate = SendGate.Check(decision, _window.Cancelled, Options.DryRun, () => Options.Approve == null || Options.Approve(request));
            if (!gate.Send)
            {
                Settle(result, gate.Status, gate.Detail, gate.Error);
                return;
            }
            var release = decision.Action == ResumeAction.ReleaseAndSend;
            _window.Enqueue(WindowSlot<TResult>.ToSend(stop => send(stop, release), (status, detail, error) => Mark(result, status, detail, error)));
        }

        /// <summary>The Sending line, the request, the outcome line (JournaledCall), as the result of this record.</summary>
        private protected Task<JournaledCall.CallOutcome> CallAsync<TResponse>(JournalLine sending, bool release, Func<WriteHooks, Task<TResponse>> call,
            Action<TResponse> onConfirmed, Func<TResponse, JournalLine> confirmedLine, string? priorDetail, CancellationToken stop) =>
            _call.SendAsync(sending, release, call, onConfirmed, confirmedLine, priorDetail, stop);

        private protected static TResult Mark(TResult result, RecordStatus status, string? detail, SmartGiftError? error)
        {
            result.Status = status;
            result.Detail = detail;
            result.Error = error;
            return result;
        }

        private void Begin(CancellationToken cancellationToken)
        {
            if (_completed) throw new InvalidOperationException("Complete has been called: this import takes no more input.");
            cancellationToken.ThrowIfCancellationRequested();
            _window.ThrowIfFatal();
        }
    }
}

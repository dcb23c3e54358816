using System.Collections.Concurrent;

namespace SmartGift;

/// <summary>
/// The send window under BulkImport: up to MaxConcurrency sends in flight (the client's governor
/// paces them), a reorder buffer so results leave in input order, and the stop rules (DESIGN 15):
/// 401 is fatal; a few server errors or failed connections in a row mean an outage (the rest is
/// NotSent); cancellation stops queueing; with StopOnFirstError one record is out at a time and
/// nothing after a failure is sent. A stop also ends the rate-limit waits of requests that have
/// not left. Everything but the sends runs on the caller's thread.
/// </summary>
internal sealed class SendWindow<TResult> : IDisposable where TResult : ImportEvent, IRecordResult
{
    /// <summary>Server errors, unanswered writes or failed connections in a row after which nothing more is sent (an outage).</summary>
    public const int NetworkFailuresBeforeStop = 3;

    private readonly Queue<WindowSlot<TResult>> _pending = new Queue<WindowSlot<TResult>>();
    private readonly List<Task> _running = new List<Task>();
    private readonly SemaphoreSlim _changed = new SemaphoreSlim(0);
    private readonly ConcurrentQueue<string> _notes = new ConcurrentQueue<string>();
    /// <summary>Notes for the operator (shown as warnings), apart from the passing statuses in _notes.</summary>
    private readonly ConcurrentQueue<string> _operatorNotes = new ConcurrentQueue<string>();
    private readonly RateLimitCountdown _countdown;
    private readonly object _gate = new object();
    private readonly CancellationTokenSource _stop = new CancellationTokenSource();
    private readonly bool _stopOnFirstError;
    private bool _stoppedOnError;
    private bool _outage;
    private readonly SmartGiftClient? _client;
    private readonly int _maxConcurrency;
    private readonly int _windowLimit;
    private int _inFlight;
    private int _networkFailuresInARow;
    private bool _unreachable;
    private Exception? _fatal;
    private bool _fatalThrown;

    public SendWindow(SmartGiftClient? client, int maxConcurrency, bool stopOnFirstError = false)
    {
        if (maxConcurrency < 1) throw new ArgumentOutOfRangeException(nameof(maxConcurrency), "MaxConcurrency must be at least 1.");
        _client = client;
        // A stop on the first error sends nothing after it, so the next record waits for this one's answer.
        _stopOnFirstError = stopOnFirstError;
        _maxConcurrency = stopOnFirstError ? 1 : maxConcurrency;
        // Room for results that wait behind a slow earlier one, and no more: memory stays bounded.
        _windowLimit = maxConcurrency * 2 + 8;
        _countdown = new RateLimitCountdown(client?.Options.TimeProvider ?? TimeProvider.System);
        if (_client != null) _client.RateLimitWaiting += OnRateLimitWait;
    }

    public ImportSummary Summary { get; } = new ImportSummary();
    public int Submitted { get; private set; }
    public int Completed { get; private set; }
    public bool Cancelled { get; private set; }
    public bool Failed => _fatal != null;

    /// <summary>Why sending stopped before the input ended (an outage, an unreachable service), for the host's last line; null otherwise.</summary>
    public string? StopReason { get; private set; }

    /// <summary>Nothing more is started, waiting sends stay unsent; what is in flight finishes.</summary>
    public void Cancel()
    {
        Cancelled = true;
        StopSending();
    }

    private void StopSending()
    {
        try { _stop.Cancel(); } catch (ObjectDisposedException) { }
    }

    /// <summary>Stops the run for a reason found on the caller's thread (a 401 while reading the catalogue).</summary>
    public void Stop(Exception fatal)
    {
        lock (_gate) Fail(fatal);
        StopSending();
    }

    /// <summary>The first fatal error stops the run; under _gate.</summary>
    private void Fail(Exception fatal)
    {
        if (_fatal != null) return;
        _fatal = fatal;
        _notes.Enqueue("stopped sending: " + fatal.Message);
    }

    /// <summary>Shown to the host as progress at the next Add/Complete (journal notes, stop reasons).</summary>
    public void Note(string note) => _operatorNotes.Enqueue(note);

    /// <summary>
    /// The run stopped because its records could not be kept (the ledger or journal unwritable):
    /// the rest of the input is still taken and reported NotSent, and the error comes at the end,
    /// so no record disappears from the output (issue 18, finding 8). A 401 ends at once.
    /// </summary>
    public bool KeepsReporting => _fatal is System.IO.IOException;

    /// <summary>Why the run stopped, for the records reported NotSent after it.</summary>
    public string? StopMessage => _fatal?.Message;

    /// <summary>Throws the fatal error once everything before it has been handed back.</summary>
    public void ThrowIfFatal()
    {
        if (_fatal != null && _pending.Count == 0 && Volatile.Read(ref _inFlight) == 0)
        {
            _fatalThrown = true;
            throw _fatal;
        }
    }

    /// <summary>Queues a record: settled already (no send), or to be sent when the window allows.</summary>
    public void Enqueue(TResult result, Func<CancellationToken, Task<SendOutcome>>? send = null)
    {
        Submitted++;
        _pending.Enqueue(new WindowSlot<TResult>(result, send));
    }

    public static TResult Mark(TResult result, RecordStatus status, string? detail, SmartGiftError? error)
    {
        // A redemption Smart Gift's answer contradicts keeps its own status, now and on every rerun
        // until a person settles it, so that `Where-Object Status -ne Confirmed` finds it (issue 21).
        if (result is RedemptionResult { Contradiction: not null } && (status == RecordStatus.Confirmed || status == RecordStatus.Skipped))
            status = RecordStatus.Contradicted;
        result.Status = status;
        result.Detail = detail;
        result.Error = error;
        return result;
    }

    /// <summary>
    /// Starts what fits and returns what is ready, in order. When the buffer is full, blocks
    /// (handing back events as they come) until there is room; cancellation ends the wait.
    /// </summary>
    public IReadOnlyList<ImportEvent> Pump(CancellationToken cancellationToken)
    {
        var events = new List<ImportEvent>();
        while (true)
        {
            if (cancellationToken.IsCancellationRequested) Cancel();
            Step(events);
            if (_fatal != null ? _pending.Count == 0 : _pending.Count < _windowLimit) break;
            Wait(_fatal != null ? CancellationToken.None : cancellationToken);
        }
        if (_fatal != null && events.Count == 0 && !KeepsReporting) ThrowIfFatal();
        return events;
    }

    /// <summary>Ends the run: yields every remaining event as it happens. After cancellation, what is in flight still finishes.</summary>
    public IEnumerable<ImportEvent> Finish(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (cancellationToken.IsCancellationRequested) Cancel();
            var events = new List<ImportEvent>();
            Step(events);
            foreach (var e in events) yield return e;
            if (_pending.Count == 0) break;
            Wait(Cancelled ? CancellationToken.None : cancellationToken);
        }
        if (_fatal != null && !_fatalThrown) ThrowIfFatal();
    }

    /// <summary>Until something changes; cancellation ends the wait and cancels the run.</summary>
    private void Wait(CancellationToken cancellationToken)
    {
        try
        {
            // During a rate-limit wait, wake every second so the host's countdown moves.
            _changed.Wait(_countdown.Running ? TimeSpan.FromSeconds(1) : Timeout.InfiniteTimeSpan, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Cancel();
        }
    }

    private void Step(List<ImportEvent> events)
    {
        var before = Completed;
        var results = new List<ImportEvent>();
        // Under StopOnFirstError a delivered result lets the next record start: go round until still.
        do StartWhatFits();
        while (DeliverReady(results) && _stopOnFirstError);
        while (_operatorNotes.TryDequeue(out var note)) events.Add(ImportProgress.Note(Submitted, Completed, note));
        while (_notes.TryDequeue(out var note)) events.Add(new ImportProgress(Submitted, Completed, note, null));
        var notices = _countdown.TakeNotices();
        Summary.RateLimitWaits += notices.Count;
        events.AddRange(notices.Select(wait => new ImportProgress(Submitted, Completed, wait.Reason, wait.Delay)));
        events.AddRange(results);
        if (Completed != before) events.Add(ImportProgress.Counts(Submitted, Completed));
        if (notices.Count > 0) return;
        // While requests wait for the rate limit: once a second, what is left of the wait, so a host
        // can show a countdown and a percent. Over once the wait has passed or a request went through.
        if (Completed != before) _countdown.End();
        if (_countdown.Tick() is TimeSpan left)
            events.Add(new ImportProgress(Submitted, Completed, RateLimitCountdown.Status(left), left, _countdown.Total));
    }

    private void StartWhatFits()
    {
        bool unreachable;
        lock (_gate) unreachable = _unreachable;
        var head = _pending.Count == 0 ? null : _pending.Peek();
        foreach (var slot in _pending)
        {
            if (!slot.Waiting) continue;
            var fatal = _fatal;
            var why = _outage ? "the service seems down" : "service unreachable";
            (RecordStatus Status, string Detail, SmartGiftError? Error)? held = true switch
            {
                _ when _stoppedOnError => (RecordStatus.NotSent,
                    "not sent: an earlier record failed and the command stops on the first error (-ErrorAction Stop)", null),
                // Every record is reported, never dropped (issue 18, finding 8): the queued ones were not sent.
                _ when fatal != null => (RecordStatus.NotSent, "not sent: the run stopped (" + fatal.Message + ")",
                    new SmartGiftError((fatal as SmartGiftException)?.Kind ?? SmartGiftErrorKind.Validation,
                        "Not sent: the run stopped before this record (" + fatal.Message + ").")),
                _ when unreachable => (RecordStatus.NotSent,
                    $"not sent: {why} ({NetworkFailuresBeforeStop} server errors or failed connections in a row); the next run sends it",
                    new SmartGiftError(SmartGiftErrorKind.Network, $"Not sent: {why} ({NetworkFailuresBeforeStop} server errors"
                        + " or failed connections in a row); the next run with the same journal sends it.")),
                _ when Cancelled => (RecordStatus.Skipped, "not sent: cancelled", null),
                _ => null,
            };
            if (held is var (status, detail, error))
            {
                Mark(slot.Result, status, detail, error);
                slot.Ready = true;
                continue;
            }
            if (Volatile.Read(ref _inFlight) >= _maxConcurrency) break;
            // One at a time, in order: a record starts only once everything before it was handed back.
            if (_stopOnFirstError && slot != head) break;
            Start(slot);
        }
    }

    private void Start(WindowSlot<TResult> slot)
    {
        Interlocked.Increment(ref _inFlight);
        // Sends get their own token, never the caller's: once started, a request runs to its
        // answer and is journaled, whatever the host does meanwhile.
        var send = slot.Send!;
        var stop = _stop.Token;
        slot.Running = Task.Run(async () =>
        {
            try
            {
                var outcome = await send(stop).ConfigureAwait(false);
                Observe(outcome);
                return outcome;
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        });
        // Signalled only once the task is complete, so the woken caller sees it as done.
        slot.Running.ContinueWith(_ => _changed.Release(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        lock (_running)
        {
            if (_running.Count > 64) _running.RemoveAll(t => t.IsCompleted);
            _running.Add(slot.Running);
        }
    }

    /// <summary>Runs on the send's thread, as soon as it ends (not when its turn to be delivered comes).</summary>
    private void Observe(SendOutcome outcome)
    {
        lock (_gate)
        {
            if (outcome.Fatal != null) Fail(outcome.Fatal);
            var kind = outcome.Error?.Kind;
            if (kind == SmartGiftErrorKind.Network || kind == SmartGiftErrorKind.ServerError || kind == SmartGiftErrorKind.OutcomeUnknown)
            {
                if (kind != SmartGiftErrorKind.Network) _outage = true;
                if (++_networkFailuresInARow >= NetworkFailuresBeforeStop && !_unreachable)
                {
                    _unreachable = true;
                    var why = _outage
                        ? $"the service seems down ({NetworkFailuresBeforeStop} server errors or unanswered requests in a row)"
                        : $"the service is unreachable ({NetworkFailuresBeforeStop} failed connections in a row)";
                    StopReason = why + "; what was not sent is sent by the next run with the same journal";
                    _notes.Enqueue(_outage
                        ? "stopped sending: " + why + "; what was not sent is sent by the next run"
                        : $"stopped sending: {NetworkFailuresBeforeStop} network failures in a row, the service is unreachable");
                }
            }
            else if (outcome.Status != RecordStatus.NotSent)
            {
                _networkFailuresInARow = 0;
                if (!_unreachable) _outage = false;
            }
            if (_unreachable) StopSending();
        }
    }

    /// <summary>True when something was delivered.</summary>
    private bool DeliverReady(List<ImportEvent> events)
    {
        var delivered = false;
        while (_pending.Count > 0)
        {
            var head = _pending.Peek();
            if (!head.Ready && head.Running?.IsCompleted != true) break;
            _pending.Dequeue();
            Completed++;
            if (head.Running is { } sent)
            {
                // The send is written never to throw; if it did anyway, nobody knows whether it went out.
                var failure = sent.Exception?.GetBaseException().Message ?? "the send was interrupted";
                var outcome = sent.Status == TaskStatus.RanToCompletion ? sent.Result
                    : new SendOutcome(RecordStatus.Unknown, "unknown: " + failure, new SmartGiftError(SmartGiftErrorKind.OutcomeUnknown, failure));
                Mark(head.Result, outcome.Status, outcome.Detail, outcome.Error);
            }
            var status = head.Result.Status;
            Count(status);
            events.Add(head.Result);
            delivered = true;
            if (_stopOnFirstError && (status == RecordStatus.Failed || status == RecordStatus.Unknown || status == RecordStatus.Conflict))
            {
                // The host ends the command on this error: nothing after it is sent.
                _stoppedOnError = true;
                StopSending();
            }
        }
        return delivered;
    }

    private void Count(RecordStatus status)
    {
        switch (status)
        {
            case RecordStatus.Confirmed: Summary.Confirmed++; break;
            case RecordStatus.Failed: Summary.Failed++; break;
            case RecordStatus.Unknown: Summary.Unknown++; break;
            case RecordStatus.NotSent: Summary.NotSent++; break;
            case RecordStatus.Conflict: Summary.Conflicts++; break;
            case RecordStatus.Contradicted: Summary.Contradictions++; break;
            default: Summary.Skipped++; break;
        }
    }

    private void OnRateLimitWait(RateLimitNotice notice)
    {
        _countdown.Notice(notice);
        _changed.Release();
    }

    /// <summary>Stops queueing and lets every started send finish (and be journaled) before the journal closes.</summary>
    public void Dispose()
    {
        // Sends still waiting for the rate limit end now, unsent; those in the air finish.
        Cancel();
        if (_client != null) _client.RateLimitWaiting -= OnRateLimitWait;
        Task[] running;
        lock (_running) running = _running.ToArray();
        try { Task.WaitAll(running); } catch (AggregateException) { }
    }
}

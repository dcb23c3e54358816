using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SmartGift.Bulk
{
    /// <summary>
    /// The engine shared by sale and redemption imports: a window of up to MaxConcurrency sends in
    /// flight (the client's governor paces them), a reorder buffer so results leave in input order,
    /// and the stop rules (401 is fatal; N network failures in a row mean the service is
    /// unreachable; cancellation stops queueing). Everything but the sends runs on the caller's thread.
    /// </summary>
    internal sealed class ImportRun<TResult> : IDisposable where TResult : ImportEvent
    {
        /// <summary>Network failures in a row after which nothing more is sent.</summary>
        public const int NetworkFailuresBeforeStop = 3;

        private readonly Queue<ImportSlot<TResult>> _pending = new Queue<ImportSlot<TResult>>();
        private readonly List<Task> _running = new List<Task>();
        private readonly SemaphoreSlim _changed = new SemaphoreSlim(0);
        private readonly ConcurrentQueue<string> _notes = new ConcurrentQueue<string>();
        private readonly ConcurrentQueue<RateLimitNotice> _waits = new ConcurrentQueue<RateLimitNotice>();
        private readonly object _gate = new object();
        private readonly Func<TResult, RecordStatus> _statusOf;
        private readonly SmartGiftClient? _client;
        private readonly int _maxConcurrency;
        private readonly int _windowLimit;
        private int _inFlight;
        private int _networkFailuresInARow;
        private bool _unreachable;
        private bool _cancelled;
        private Exception? _fatal;
        private bool _fatalThrown;

        public ImportRun(SmartGiftClient? client, int maxConcurrency, Func<TResult, RecordStatus> statusOf)
        {
            if (maxConcurrency < 1) throw new ArgumentOutOfRangeException(nameof(maxConcurrency), "MaxConcurrency must be at least 1.");
            _client = client;
            _maxConcurrency = maxConcurrency;
            // Room for results that wait behind a slow earlier one, and no more: memory stays bounded.
            _windowLimit = maxConcurrency * 2 + 8;
            _statusOf = statusOf;
            if (_client != null) _client.RateLimitWaiting += OnRateLimitWait;
        }

        public ImportSummary Summary { get; } = new ImportSummary();
        public int Submitted { get; private set; }
        public int Completed { get; private set; }
        public bool Stopped => _fatal != null || _cancelled;
        public bool Cancelled => _cancelled;
        public bool Failed => _fatal != null;

        /// <summary>Nothing more is started; what is in flight finishes.</summary>
        public void Cancel() => _cancelled = true;

        /// <summary>Stops the run for a reason found on the caller's thread (a 401 while reading the catalogue).</summary>
        public void Stop(Exception fatal)
        {
            lock (_gate)
            {
                if (_fatal != null) return;
                _fatal = fatal;
                _notes.Enqueue("stopped sending: " + fatal.Message);
            }
        }

        /// <summary>Shown to the host as progress at the next Add/Complete (journal notes, stop reasons).</summary>
        public void Note(string note) => _notes.Enqueue(note);

        /// <summary>Throws the fatal error once everything before it has been handed back.</summary>
        public void ThrowIfFatal()
        {
            if (_fatal != null && _pending.Count == 0 && Volatile.Read(ref _inFlight) == 0)
            {
                _fatalThrown = true;
                throw _fatal;
            }
        }

        public void Enqueue(ImportSlot<TResult> slot)
        {
            Submitted++;
            _pending.Enqueue(slot);
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
                if (cancellationToken.IsCancellationRequested) _cancelled = true;
                Step(events);
                var mustWait = _fatal != null ? _pending.Count > 0 : _pending.Count >= _windowLimit;
                if (!mustWait) break;
                if (!Wait(_fatal != null ? CancellationToken.None : cancellationToken)) _cancelled = true;
            }
            if (_fatal != null && events.Count == 0) ThrowIfFatal();
            return events;
        }

        /// <summary>Ends the run: yields every remaining event as it happens. After cancellation, what is in flight still finishes.</summary>
        public IEnumerable<ImportEvent> Finish(CancellationToken cancellationToken)
        {
            while (true)
            {
                if (cancellationToken.IsCancellationRequested) _cancelled = true;
                var events = new List<ImportEvent>();
                Step(events);
                foreach (var e in events) yield return e;
                if (_pending.Count == 0) break;
                if (!Wait(_cancelled ? CancellationToken.None : cancellationToken)) _cancelled = true;
            }
            if (_fatal != null && !_fatalThrown) ThrowIfFatal();
        }

        private bool Wait(CancellationToken cancellationToken)
        {
            try
            {
                _changed.Wait(cancellationToken);
                return true;
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        private void Step(List<ImportEvent> events)
        {
            StartWhatFits();
            while (_notes.TryDequeue(out var note)) events.Add(new ImportProgress(Submitted, Completed, note, null));
            while (_waits.TryDequeue(out var wait))
            {
                Summary.RateLimitWaits++;
                events.Add(new ImportProgress(Submitted, Completed, wait.Reason, wait.Delay));
            }
            var before = Completed;
            DeliverReady(events);
            if (Completed != before) events.Add(new ImportProgress(Submitted, Completed, $"{Completed} of {Submitted} done", null));
        }

        private void StartWhatFits()
        {
            bool unreachable;
            lock (_gate) unreachable = _unreachable;
            foreach (var slot in _pending)
            {
                if (!slot.Waiting) continue;
                if (_fatal != null)
                {
                    slot.Dropped = true;
                    continue;
                }
                if (unreachable)
                {
                    slot.Ready = slot.Make(RecordStatus.Failed,
                        $"not sent: service unreachable ({NetworkFailuresBeforeStop} network failures in a row)",
                        new SmartGiftError(SmartGiftErrorKind.Network, "Not sent: the service was unreachable (" + NetworkFailuresBeforeStop + " network failures in a row)."));
                    continue;
                }
                if (_cancelled)
                {
                    slot.Ready = slot.Make(RecordStatus.Skipped, "not sent: cancelled", null);
                    continue;
                }
                if (Volatile.Read(ref _inFlight) >= _maxConcurrency) break;
                Start(slot);
            }
        }

        private void Start(ImportSlot<TResult> slot)
        {
            Interlocked.Increment(ref _inFlight);
            // Sends get their own token, never the caller's: once started, a request runs to its
            // answer and is journaled, whatever the host does meanwhile.
            var send = slot.Send!;
            slot.Running = Task.Run(async () =>
            {
                try
                {
                    var outcome = await send(CancellationToken.None).ConfigureAwait(false);
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
        private void Observe(SendOutcome<TResult> outcome)
        {
            lock (_gate)
            {
                if (outcome.Fatal != null && _fatal == null)
                {
                    _fatal = outcome.Fatal;
                    _notes.Enqueue("stopped sending: " + outcome.Fatal.Message);
                }
                if (outcome.Error?.Kind == SmartGiftErrorKind.Network)
                {
                    if (++_networkFailuresInARow >= NetworkFailuresBeforeStop && !_unreachable)
                    {
                        _unreachable = true;
                        _notes.Enqueue($"stopped sending: {NetworkFailuresBeforeStop} network failures in a row, the service is unreachable");
                    }
                }
                else
                {
                    _networkFailuresInARow = 0;
                }
            }
        }

        private void DeliverReady(List<ImportEvent> events)
        {
            while (_pending.Count > 0)
            {
                var head = _pending.Peek();
                TResult result;
                if (head.Dropped)
                {
                    _pending.Dequeue();
                    continue;
                }
                if (head.Ready != null) result = head.Ready;
                else if (head.Running != null && head.Running.IsCompleted) result = ResultOf(head);
                else break;
                _pending.Dequeue();
                Completed++;
                Count(_statusOf(result));
                events.Add(result);
            }
        }

        private static TResult ResultOf(ImportSlot<TResult> slot)
        {
            var task = slot.Running!;
            if (task.Status == TaskStatus.RanToCompletion) return task.Result.Result;
            // The send is written never to throw; if it did anyway, nobody knows whether it went out.
            var message = task.Exception?.GetBaseException().Message ?? "the send was interrupted";
            return slot.Make(RecordStatus.Unknown, "unknown: " + message,
                new SmartGiftError(SmartGiftErrorKind.OutcomeUnknown, message));
        }

        private void Count(RecordStatus status)
        {
            switch (status)
            {
                case RecordStatus.Confirmed: Summary.Confirmed++; break;
                case RecordStatus.Failed: Summary.Failed++; break;
                case RecordStatus.Unknown: Summary.Unknown++; break;
                default: Summary.Skipped++; break;
            }
        }

        private void OnRateLimitWait(RateLimitNotice notice)
        {
            _waits.Enqueue(notice);
            _changed.Release();
        }

        /// <summary>Stops queueing and lets every started send finish (and be journaled) before the journal closes.</summary>
        public void Dispose()
        {
            _cancelled = true;
            if (_client != null) _client.RateLimitWaiting -= OnRateLimitWait;
            Task[] running;
            lock (_running) running = _running.ToArray();
            try { Task.WaitAll(running); } catch (AggregateException) { }
        }
    }
}

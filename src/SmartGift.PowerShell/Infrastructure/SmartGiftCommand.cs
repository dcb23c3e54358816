using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SmartGift.Bulk;

namespace SmartGift.Commands
{
    /// <summary>
    /// Base of the cmdlets that call Smart Gift: -Session, the default session, cancellation on
    /// Ctrl+C (StopProcessing), and rate-limit notices, which arrive on any thread and are
    /// queued here to be written from the pipeline thread only.
    /// </summary>
    public abstract partial class SmartGiftCommand : PSCmdlet, IDisposable
    {
        private const int ProgressActivityId = 7301;
        private readonly CancellationTokenSource _cancellation = new CancellationTokenSource();
        private readonly ConcurrentQueue<RateLimitNotice> _notices = new ConcurrentQueue<RateLimitNotice>();
        private SmartGiftClient? _watchedClient;
        private bool _progressShown;
        private long _lastProgress;

        /// <summary>The session to use: a session object or the name of a connected session. Default: the session connected last.</summary>
        [Parameter]
        [SessionTransformation]
        [ArgumentCompleter(typeof(SessionNameCompleter))]
        public SmartGiftSession? Session { get; set; }

        protected CancellationToken Cancellation => _cancellation.Token;

        protected override void StopProcessing()
        {
            try { _cancellation.Cancel(); }
            catch (ObjectDisposedException) { }
        }

        /// <summary>-Session, else the default session, else a terminating error that says to connect.</summary>
        protected SmartGiftSession ResolveSession()
        {
            var session = Session ?? SessionRegistry.Default;
            if (session == null)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new InvalidOperationException("Not connected to Smart Gift. Run Connect-SgService first (for example: Connect-SgService -ApiKey (Read-Host -AsSecureString 'API key')), or pass -Session."),
                    "NotConnected", ErrorCategory.ConnectionError, null));
            }
            return session!;
        }

        /// <summary>The session when there is one (-Session or a connected default), else null.</summary>
        protected SmartGiftSession? OptionalSession() => Session ?? SessionRegistry.Default;

        /// <summary>
        /// -WhatIf given (and not -WhatIf:$false), or $WhatIfPreference set by the caller. The imports
        /// then run as a dry run: every row checked, the journal only read, nothing sent.
        /// </summary>
        protected bool WhatIfRequested()
        {
            if (MyInvocation.BoundParameters.TryGetValue("WhatIf", out var bound))
            {
                return bound is SwitchParameter flag ? flag.IsPresent : LanguagePrimitives.IsTrue(bound);
            }
            return LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));
        }

        /// <summary>
        /// -ErrorAction Stop (or $ErrorActionPreference = 'Stop'): the first error record ends the
        /// command, so an import must send nothing after a failed record (DESIGN 15).
        /// </summary>
        protected bool StopsOnFirstError()
        {
            if (MyInvocation.BoundParameters.TryGetValue("ErrorAction", out var bound))
                return IsStop(bound);
            return IsStop(GetVariableValue("ErrorActionPreference"));
        }

        private static bool IsStop(object? value)
        {
            value = value is PSObject wrapped ? wrapped.BaseObject : value;
            if (value is ActionPreference preference) return preference == ActionPreference.Stop;
            return value is string text && string.Equals(text.Trim(), "Stop", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// Bulk writes are journaled by default (DESIGN 6): rows from the pipeline without a journal
        /// end the command before anything is sent, unless the caller opted out with -NoJournal.
        /// </summary>
        protected void ThrowJournalRequired(string noun)
        {
            var name = MyInvocation.MyCommand.Name;
            ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException(name + " got " + noun + " from the pipeline without -JournalPath: nothing was sent. A bulk run needs a journal, or a rerun (a retried scheduled task, a second click) would do every write again."),
                "JournalRequired", ErrorCategory.InvalidOperation, null)
            {
                ErrorDetails = new ErrorDetails(name + " got " + noun + " from the pipeline without -JournalPath: nothing was sent.")
                {
                    RecommendedAction = "Add -JournalPath <file> (keep the file and pass the same one to every rerun), or add -NoJournal to run without protection against a rerun.",
                },
            });
        }

        /// <summary>The pipeline was given but brought no record (an empty CSV): an error, so a broken export does not look fine.</summary>
        protected void WriteNoInputError(string noun)
        {
            WriteError(new ErrorRecord(
                new InvalidOperationException(MyInvocation.MyCommand.Name + " got no " + noun + " from the pipeline: nothing was sent. An empty file is usually a broken export."),
                "NoInput", ErrorCategory.InvalidData, null)
            {
                ErrorDetails = new ErrorDetails(MyInvocation.MyCommand.Name + " got no " + noun + " from the pipeline: nothing was sent.")
                {
                    RecommendedAction = "Check the file or command that feeds the pipeline; it produced no rows.",
                },
            });
        }

        /// <summary>Queues the client's rate-limit waits so that WriteQueuedNotices can show them.</summary>
        protected void WatchRateLimit(SmartGiftSession session)
        {
            if (_watchedClient != null) return;
            _watchedClient = session.Client;
            _watchedClient.RateLimitWaiting += OnRateLimitWaiting;
        }

        private void OnRateLimitWaiting(RateLimitNotice notice) => _notices.Enqueue(notice);

        /// <summary>Waits for a Core call on the pipeline thread, writing rate-limit notices while it waits.</summary>
        protected T Await<T>(Task<T> task)
        {
            while (!task.IsCompleted)
            {
                ((IAsyncResult)task).AsyncWaitHandle.WaitOne(250);
                WriteQueuedNotices();
            }
            WriteQueuedNotices();
            return task.GetAwaiter().GetResult();
        }

        protected void WriteQueuedNotices()
        {
            while (_notices.TryDequeue(out var notice))
            {
                WriteStatus(notice.Reason, urgent: true);
                WriteVerbose(notice.Reason);
            }
        }

        /// <summary>
        /// One progress bar per command, e.g. "120 of 400 done". Counts are shown at most every
        /// quarter second: Write-Progress per record was three quarters of a -WhatIf validation's
        /// time. A rate-limit wait (urgent) is always shown.
        /// </summary>
        protected void WriteStatus(string status, int percent = -1, bool urgent = false)
        {
            // Under -WhatIf every order writes a "What if:" line, and the console redraws a progress
            // bar around each line: the counts would cost more than the validation. Nothing waits then.
            if (QuietProgress) return;
            var now = System.Diagnostics.Stopwatch.GetTimestamp();
            if (!urgent && _progressShown && now - _lastProgress < System.Diagnostics.Stopwatch.Frequency / 4) return;
            _lastProgress = now;
            _progressShown = true;
            WriteProgress(new ProgressRecord(ProgressActivityId, "SmartGift " + MyInvocation.MyCommand.Name, string.IsNullOrEmpty(status) ? "working" : status)
            {
                PercentComplete = percent,
            });
        }

        protected void CompleteStatus()
        {
            if (!_progressShown) return;
            _progressShown = false;
            WriteProgress(new ProgressRecord(ProgressActivityId, "SmartGift " + MyInvocation.MyCommand.Name, "done")
            {
                RecordType = ProgressRecordType.Completed,
            });
        }

        /// <summary>True for a dry run (-WhatIf): no progress bar, see WriteStatus.</summary>
        protected bool QuietProgress { get; set; }

        /// <summary>True where the command keeps a journal, so that advice may name a rerun with it.</summary>
        protected virtual bool Journaled => false;

        /// <summary>One failed record: an error record; a 401 ends the command, since nothing more can work.</summary>
        protected void WriteFailure(SmartGiftError error, object? target, string? what = null, string? recommendedAction = null)
        {
            var record = SmartGiftErrorRecord.Create(error, target, what, recommendedAction, Journaled);
            if (error.Kind == SmartGiftErrorKind.Unauthenticated) ThrowTerminatingError(record);
            WriteError(record);
        }

        /// <summary>
        /// One failed or unknown import record. A record refused before sending lists its problems
        /// (each with its row); an answer from Smart Gift follows the record's name once.
        /// </summary>
        protected void WriteRecordFailure(string record, RecordStatus status, SmartGiftError? error, IReadOnlyList<RecordProblem> problems, object? target)
        {
            if (error == null || (problems.Count > 0 && error.Kind == SmartGiftErrorKind.Validation))
            {
                WriteError(SmartGiftErrorRecord.ForProblems(problems, target, record + " was not sent", Journaled));
                return;
            }
            WriteFailure(error, target, record + (status == RecordStatus.Unknown ? ": outcome unknown" : " was refused"));
        }

        /// <summary>
        /// Runs one step of an import (Add or Complete) and writes what it returns, here on the
        /// pipeline thread: progress as Write-Progress, results through writeResult. A refused
        /// key ends the command; so does a journal problem; Ctrl+C ends it quietly (Core has let
        /// the requests in flight finish and journaled them).
        /// </summary>
        protected void RunImportStep(Func<IEnumerable<ImportEvent>> step, Action<ImportEvent> writeResult, string? journalPath)
        {
            try
            {
                foreach (var item in step())
                {
                    if (item is ImportProgress progress)
                    {
                        // A rate-limit wait: a countdown with a percent, moved about once a second by Core.
                        WriteStatus(progress.Status, progress.WaitPercent, urgent: progress.RateLimitWait != null);
                        if (progress.RateLimitWait != null && !progress.IsCountdown) WriteVerbose(progress.Status);
                    }
                    else
                    {
                        writeResult(item);
                    }
                }
            }
            catch (SmartGiftException e) when (e.Kind == SmartGiftErrorKind.Unauthenticated)
            {
                ThrowTerminatingError(SmartGiftErrorRecord.Create(e.Error, null, "Smart Gift refused the API key", journaled: Journaled));
            }
            catch (System.IO.IOException e)
            {
                ThrowJournalError(e, journalPath);
            }
            catch (OperationCanceledException)
            {
            }
        }

        /// <summary>The journal cannot be opened or written (locked by another run, not a journal, disk full): nothing more is safe.</summary>
        protected void ThrowJournalError(System.IO.IOException error, string? journalPath)
        {
            ThrowTerminatingError(new ErrorRecord(error, "JournalUnavailable", ErrorCategory.ResourceUnavailable, journalPath)
            {
                ErrorDetails = new ErrorDetails("Journal " + journalPath + ": " + error.Message)
                {
                    RecommendedAction = "Nothing more was sent. Fix the journal problem (or use another -JournalPath for a different file) and run the command again.",
                },
            });
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (!disposing) return;
            DisposeImport();
            if (_watchedClient != null)
            {
                _watchedClient.RateLimitWaiting -= OnRateLimitWaiting;
                _watchedClient = null;
            }
            _cancellation.Dispose();
        }
    }
}

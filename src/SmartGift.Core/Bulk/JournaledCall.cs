using System.IO;
using SmartGift.Http;
using SmartGift.Journal;

namespace SmartGift.Bulk
{
    /// <summary>
    /// The journal side of one send: the Sending line (flushed before the request leaves), the
    /// outcome line after it, and how an error is classified (DESIGN 5). Shared by both imports.
    /// </summary>
    internal sealed class JournaledCall
    {
        private readonly ImportJournal? _journal;
        private readonly TimeProvider _time;

        public JournaledCall(ImportJournal? journal, TimeProvider time)
        {
            _journal = journal;
            _time = time;
        }

        public DateTimeOffset Now => _time.GetUtcNow();

        /// <summary>Writes the Released line (when the operator released an Unknown) and the Sending line; returns the failure, if the journal could not be written.</summary>
        public JournalException? Before(JournalLine sending, bool release)
        {
            if (_journal == null) return null;
            try
            {
                if (release)
                    _journal.Append(new JournalLine { At = Now, Event = JournalEvent.Released, Key = sending.Key, Hash = sending.Hash, Note = "released for retry by the operator (RetryUnknown)" });
                sending.At = Now;
                sending.Event = JournalEvent.Sending;
                _journal.Append(sending);
                return null;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return new JournalException(_journal.Path, $"The journal {_journal.Path} could not be written ({e.Message}); nothing more is sent.");
            }
        }

        /// <summary>Writes the outcome; on failure the Sending line stays last, so a rerun reports the record Unknown (safe).</summary>
        public JournalException? After(JournalLine outcome)
        {
            if (_journal == null) return null;
            try
            {
                outcome.At = Now;
                _journal.Append(outcome);
                return null;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return new JournalException(_journal.Path, $"The journal {_journal.Path} could not record an outcome ({e.Message}); a rerun will report that record Unknown. Nothing more is sent.");
            }
        }

        /// <summary>
        /// The one way a record is sent (sales and redemptions alike): the call, on its own token
        /// so that a caller's cancellation never strands a request in flight; the Sending line,
        /// written and flushed when the request is about to leave (after any rate-limit wait, so a
        /// kill during a wait leaves nothing Unknown that never left); the outcome line. The stop
        /// token ends waits before the request leaves, and then nothing is sent (NotSent). A 401
        /// or an unwritable journal ends the run (Fatal).
        /// </summary>
        public async Task<CallOutcome> SendAsync<TResponse>(JournalLine sending, bool release, Func<WriteHooks, Task<TResponse>> call, Action<TResponse> onConfirmed, Func<TResponse, JournalLine> confirmedLine, string? priorDetail, CancellationToken stop)
        {
            var left = false;
            JournalException? notWritten = null;
            var hooks = new WriteHooks(() =>
            {
                if (left) return; // a second attempt (after a 429 or a refused connection) is the same record
                notWritten = Before(sending, release);
                if (notWritten != null) throw new RequestNotSentException(notWritten.Message, notWritten);
                left = true;
            }, stop);

            SmartGiftError error;
            try
            {
                var response = await call(hooks).ConfigureAwait(false);
                onConfirmed(response);
                var line = confirmedLine(response);
                line.Event = JournalEvent.Confirmed;
                line.Key = sending.Key;
                line.Hash = sending.Hash;
                var lost = After(line);
                return new CallOutcome(true, RecordStatus.Confirmed, lost == null ? priorDetail : lost.Message, null, lost);
            }
            catch (RequestNotSentException e)
            {
                if (notWritten != null)
                    return new CallOutcome(false, RecordStatus.Failed, "not sent: " + notWritten.Message, new SmartGiftError(SmartGiftErrorKind.Validation, notWritten.Message), notWritten);
                // Stopped after an earlier attempt left (a 429, a refused connection): the server did not act on it.
                if (left) After(new JournalLine { Event = JournalEvent.Failed, Key = sending.Key, Hash = sending.Hash, ErrorKind = "NotSent", Message = e.Message, Permanent = false });
                return new CallOutcome(false, RecordStatus.NotSent, "not sent: " + e.Message, null, null);
            }
            catch (SmartGiftException e)
            {
                error = e.Error;
            }
            catch (Exception e)
            {
                error = UnexpectedError(e);
            }
            // Failed before it left (a local refusal, a rate-limit wait too long): only the outcome is journaled.
            var unrecorded = After(OutcomeLine(sending.Key, sending.Hash ?? "", error));
            var fatal = error.Kind == SmartGiftErrorKind.Unauthenticated ? new SmartGiftException(error) : (Exception?)unrecorded;
            return new CallOutcome(true, StatusOf(error), _journal == null ? UnjournaledDetailOf(error) : DetailOf(error), error, fatal);
        }

        /// <summary>How one send ended.</summary>
        public readonly struct CallOutcome
        {
            public CallOutcome(bool attempted, RecordStatus status, string? detail, SmartGiftError? error, Exception? fatal)
            {
                Attempted = attempted;
                Status = status;
                Detail = detail;
                Error = error;
                Fatal = fatal;
            }

            /// <summary>False when the journal could not be written and the request never left.</summary>
            public bool Attempted { get; }
            public RecordStatus Status { get; }
            public string? Detail { get; }
            public SmartGiftError? Error { get; }
            public Exception? Fatal { get; }
        }

        /// <summary>Failed (the server refused it, or it never reached the server) or Unknown (it may have been processed).</summary>
        public static RecordStatus StatusOf(SmartGiftError error) =>
            error.Kind == SmartGiftErrorKind.OutcomeUnknown || error.Kind == SmartGiftErrorKind.ServerError
                ? RecordStatus.Unknown
                : RecordStatus.Failed;

        /// <summary>
        /// Failed for a reason a rerun cannot change (a 422). The error's own IsPermanent, except
        /// a 401: it never reached processing, and the operator may fix the key before the rerun.
        /// </summary>
        public static bool IsPermanent(SmartGiftError error) =>
            error.IsPermanent && error.Kind != SmartGiftErrorKind.Unauthenticated;

        public static JournalLine OutcomeLine(string key, string hash, SmartGiftError error)
        {
            var status = StatusOf(error);
            return new JournalLine
            {
                Event = status == RecordStatus.Unknown ? JournalEvent.Unknown : JournalEvent.Failed,
                Key = key,
                Hash = hash,
                ErrorKind = error.Kind.ToString(),
                Message = error.Message,
                Permanent = status == RecordStatus.Unknown ? (bool?)null : IsPermanent(error),
            };
        }

        /// <summary>Words for the result's Detail.</summary>
        public static string DetailOf(SmartGiftError error) => StatusOf(error) == RecordStatus.Unknown
            ? "unknown: " + error.Message + ": it may have reached Smart Gift; " + ResumeDecision.RetryUnknownHint
            : IsPermanent(error)
                ? "refused: " + error.Message
                : "not processed: " + error.Message + " (a rerun will send it again)";

        /// <summary>
        /// Words for a write made without a journal (a single redeem or sale): no rerun can settle
        /// it, so the advice is the dashboard, never an option this command does not have.
        /// </summary>
        public static string UnjournaledDetailOf(SmartGiftError error) => StatusOf(error) == RecordStatus.Unknown
            ? "unknown: " + error.Message + ": it may have reached Smart Gift. Do not send it again before checking the Smart Gift dashboard (this write had no journal)"
            : DetailOf(error);

        /// <summary>An exception that is not the client's own: nobody knows whether the request went out.</summary>
        public static SmartGiftError UnexpectedError(Exception e) =>
            new SmartGiftError(SmartGiftErrorKind.OutcomeUnknown, "the request ended unexpectedly: " + e.GetBaseException().Message);
    }
}

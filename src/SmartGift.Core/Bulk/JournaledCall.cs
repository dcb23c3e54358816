using System;
using System.IO;
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

        /// <summary>Failed (the server refused it, or it never reached the server) or Unknown (it may have been processed).</summary>
        public static RecordStatus StatusOf(SmartGiftError error) =>
            error.Kind == SmartGiftErrorKind.OutcomeUnknown || error.Kind == SmartGiftErrorKind.ServerError
                ? RecordStatus.Unknown
                : RecordStatus.Failed;

        /// <summary>Failed for a reason a resend cannot change (a 422). Network, 429 and 401 never reached processing.</summary>
        public static bool IsPermanent(SmartGiftError error) =>
            error.Kind != SmartGiftErrorKind.Network
            && error.Kind != SmartGiftErrorKind.RateLimited
            && error.Kind != SmartGiftErrorKind.Unauthenticated
            && StatusOf(error) == RecordStatus.Failed;

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

        /// <summary>An exception that is not the client's own: nobody knows whether the request went out.</summary>
        public static SmartGiftError UnexpectedError(Exception e) =>
            new SmartGiftError(SmartGiftErrorKind.OutcomeUnknown, "the request ended unexpectedly: " + e.GetBaseException().Message);
    }
}

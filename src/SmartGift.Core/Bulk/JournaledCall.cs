using System.Data.Common;

namespace SmartGift;

/// <summary>
/// The ledger and journal side of one send: the claim and Sending line (durable before the
/// request leaves), the outcome line after it, and how an error is classified (DESIGN 5).
/// The ledger is the truth; the journal, when a run keeps one, is its readable copy.
/// Shared by both imports.
/// </summary>
internal sealed class JournaledCall(
    ImportJournal? journal, CompanyLedger? ledger, JournalKind kind, string? source, TimeProvider time)
{
    private DateTimeOffset Now => time.GetUtcNow();

    /// <summary>
    /// Claims the record in the ledger and writes the Released line (when the operator released
    /// an Unknown) and the Sending line. Returns why the request must not leave: the ledger or
    /// journal could not be written (NotSent, and the run stops), or another run wrote to this
    /// record since this run decided about it (Skipped); null when it may leave.
    /// </summary>
    private SendOutcome? Before(JournalLine sending, string ledgerKey, bool release, long version, string? location)
    {
        JournalLine[] lines = release
            ? [new JournalLine { At = Now, Event = JournalEvent.Released, Key = sending.Key, Hash = sending.Hash, Note = "released for retry by the operator (RetryUnknown)" }, sending]
            : [sending];
        sending.At = Now;
        sending.Event = JournalEvent.Sending;
        try
        {
            if (ledger != null && !ledger.Claim(kind, ledgerKey, version, lines, source, location))
                return new SendOutcome(RecordStatus.Skipped, "not sent: another run recorded '" + sending.Key + "' in the ledger while this run was about to send it; it was not sent by this run (see that run's result, or `smartgift journal list`)", null);
        }
        catch (Exception e) when (e is DbException || e is IOException || e is UnauthorizedAccessException)
        {
            return Unkept(new JournalException(ledger!.Path, $"The ledger {ledger.Path} could not be written ({e.Message}); '{sending.Key}' and everything after it were not sent."));
        }
        try
        {
            foreach (var line in lines) journal?.Append(line);
            return null;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            // The ledger holds the Sending line: say that the request never left.
            ledger?.Append(kind, new JournalLine { At = Now, Event = JournalEvent.Failed, Key = sending.Key, Hash = sending.Hash, ErrorKind = "NotSent", Message = "the journal could not be written; not sent", Permanent = false }, null, null, ledgerKey);
            return Unkept(new JournalException(journal!.Path, $"The journal {journal.Path} could not be written ({e.Message}); '{sending.Key}' and everything after it were not sent."));
        }
    }

    /// <summary>The records can no longer be kept: this one is not sent, and the run stops.</summary>
    private static SendOutcome Unkept(JournalException failure) =>
        new SendOutcome(RecordStatus.NotSent, "not sent: " + failure.Message,
            new SmartGiftError(SmartGiftErrorKind.Validation, failure.Message), failure);

    /// <summary>Writes the outcome; on failure the Sending line stays last, so a rerun reports the record Unknown (safe).</summary>
    private JournalException? After(JournalLine outcome, string ledgerKey)
    {
        outcome.At = Now;
        try
        {
            ledger?.Append(kind, outcome, null, null, ledgerKey);
        }
        catch (Exception e) when (e is DbException || e is IOException || e is UnauthorizedAccessException)
        {
            return new JournalException(ledger!.Path, $"The ledger {ledger.Path} could not record the outcome of '{outcome.Key}' ({e.Message}); a rerun will report it Unknown. Nothing more is sent.");
        }
        try
        {
            journal?.Append(outcome);
            return null;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            // The ledger has the outcome when it is kept; the journal is then only its copy.
            return new JournalException(journal!.Path, $"The journal {journal.Path} could not record the outcome of '{outcome.Key}' ({e.Message})"
                + (ledger == null ? "; a rerun will report that record Unknown" : "; the ledger has it") + ". Nothing more is sent.");
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
    public async Task<SendOutcome> SendAsync<TResponse>(JournalLine sending, string ledgerKey, bool release, long version, string? location, Func<WriteHooks, Task<Answer<TResponse>>> call, Action<TResponse> onConfirmed, Func<TResponse, JournalLine> confirmedLine, string? priorDetail, CancellationToken stop)
        where TResponse : class
    {
        var left = false;
        SendOutcome? refused = null;
        var hooks = new WriteHooks(() =>
        {
            if (left) return null; // a second attempt (after a 429 or a refused connection) is the same record
            refused = Before(sending, ledgerKey, release, version, location);
            left = refused == null;
            return refused?.Detail;
        }, stop);

        try
        {
            var answer = await call(hooks).ConfigureAwait(false);
            if (answer.NotSent is string stopped)
            {
                if (refused != null) return refused;
                // Stopped after an earlier attempt left (a 429, a refused connection): the server did not act on it.
                if (left) After(new JournalLine { Event = JournalEvent.Failed, Key = sending.Key, Hash = sending.Hash, ErrorKind = "NotSent", Message = stopped, Permanent = false }, ledgerKey);
                return new SendOutcome(RecordStatus.NotSent, "not sent: " + stopped, null);
            }
            if (answer.Value is not TResponse response) return Settle(sending, ledgerKey, answer.Error!);
            onConfirmed(response);
            var line = confirmedLine(response);
            line.Event = JournalEvent.Confirmed;
            line.Key = sending.Key;
            line.Hash = sending.Hash;
            var lost = After(line, ledgerKey);
            if (lost == null) return new SendOutcome(RecordStatus.Confirmed, priorDetail, null);
            // Never "Confirmed" without its outcome recorded: a rerun would call it Unknown (issue 18, finding 8).
            var notKept = "Smart Gift confirmed it, but " + lost.Message + " Settle it as found: `smartgift journal settle " + ledgerKey + " --found` (Set-SgJournalRecord -Found)";
            return new SendOutcome(RecordStatus.Unknown, "unknown: " + notKept, new SmartGiftError(SmartGiftErrorKind.OutcomeUnknown, notKept), lost);
        }
        catch (Exception e)
        {
            // Not the client's own answer (its errors come back in the Answer): nobody knows whether the request went out.
            var message = "the request ended unexpectedly: " + e.GetBaseException().Message;
            return Settle(sending, ledgerKey, new SmartGiftError(SmartGiftErrorKind.OutcomeUnknown, message));
        }
    }

    /// <summary>A send that ended in an error: its outcome line, and what the run makes of it (a 401 or an unwritable journal ends it).</summary>
    private SendOutcome Settle(JournalLine sending, string ledgerKey, SmartGiftError error)
    {
        // Unknown: it may have been processed; Failed: the server refused it, or it never reached the server.
        var status = error.Kind is SmartGiftErrorKind.OutcomeUnknown or SmartGiftErrorKind.ServerError
            ? RecordStatus.Unknown : RecordStatus.Failed;
        // Failed before it left (a local refusal, a rate-limit wait too long): only the outcome is journaled.
        var unrecorded = After(new JournalLine
        {
            Event = status == RecordStatus.Unknown ? JournalEvent.Unknown : JournalEvent.Failed,
            Key = sending.Key,
            Hash = sending.Hash ?? "",
            ErrorKind = error.Kind.ToString(),
            Message = error.Message,
            Permanent = status == RecordStatus.Unknown ? null : IsPermanent(error),
        }, ledgerKey);
        var fatal = error.Kind == SmartGiftErrorKind.Unauthenticated ? new SmartGiftException(error) : (Exception?)unrecorded;
        return new SendOutcome(status, DetailOf(error, status, ledgerKey), error, fatal);
    }

    /// <summary>
    /// Failed for a reason a rerun cannot change (a 422). The error's own IsPermanent, except
    /// a 401: it never reached processing, and the operator may fix the key before the rerun.
    /// </summary>
    private static bool IsPermanent(SmartGiftError error) =>
        error.IsPermanent && error.Kind != SmartGiftErrorKind.Unauthenticated;

    /// <summary>
    /// Words for the result's Detail. An Unknown no rerun can settle (a write without a journal, or
    /// a redemption asked for by hand, whose ledger key is this run's own) points to the dashboard,
    /// never to an option the command does not have; a write by hand then goes into the ledger.
    /// </summary>
    private string DetailOf(SmartGiftError error, RecordStatus status, string ledgerKey)
    {
        if (status != RecordStatus.Unknown)
            return IsPermanent(error)
                ? "refused: " + error.Message
                : "not processed: " + error.Message + " (a rerun will send it again)";
        var unknown = "unknown: " + error.Message + ": it may have reached Smart Gift";
        if (journal == null && ledger == null)
            return unknown + ". Do not send it again before checking the Smart Gift dashboard (this write had no journal)";
        if (ledgerKey.IndexOf("@run:", StringComparison.Ordinal) >= 0)
            return unknown + ". Do not do it again before checking the Smart Gift dashboard; then record what you found: "
                + "`smartgift journal settle " + ledgerKey + " --found` or `--absent` (Set-SgJournalRecord)";
        return unknown + "; " + ResumeDecision.RetryUnknownHint;
    }
}

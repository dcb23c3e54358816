
namespace SmartGift;

/// <summary>
/// The checks every record passes before it may be sent, in one order for sales and
/// redemptions: the journal's word (DESIGN 6), then cancellation, dry run, and last the
/// host's approval (ShouldProcess), so that -Confirm is never asked about a record that
/// would not be sent anyway.
/// </summary>
internal readonly struct SendGate
{
    private SendGate(bool send, RecordStatus status, string? detail, SmartGiftError? error)
    {
        Send = send;
        Status = status;
        Detail = detail;
        Error = error;
    }

    /// <summary>True: queue the record. False: settle it now with Status, Detail and Error.</summary>
    public bool Send { get; }
    public RecordStatus Status { get; }
    public string? Detail { get; }
    public SmartGiftError? Error { get; }

    public static SendGate Check(ResumeDecision decision, bool cancelled, bool dryRun, Func<bool> approve)
    {
        switch (decision.Action)
        {
            case ResumeAction.Skip:
                return Hold(RecordStatus.Skipped, decision.Detail);
            case ResumeAction.StillUnknown:
                return Hold(RecordStatus.Unknown, decision.Detail, new SmartGiftError(SmartGiftErrorKind.OutcomeUnknown, decision.Detail!));
            case ResumeAction.StillFailed:
                return Hold(RecordStatus.Failed, decision.Detail, new SmartGiftError(KindOf(decision.Entry!.ErrorKind), decision.Detail!));
            case ResumeAction.Conflict:
                return Hold(RecordStatus.Conflict, decision.Detail, new SmartGiftError(SmartGiftErrorKind.Validation, decision.Detail!));
        }
        if (cancelled) return Hold(RecordStatus.Skipped, "not sent: cancelled");
        if (dryRun) return Hold(RecordStatus.Skipped, "not sent: dry run" + (decision.Detail == null ? "" : " (would be " + decision.Detail + ")"));
        if (!approve()) return Hold(RecordStatus.Skipped, "not sent: declined");
        return new SendGate(true, default, null, null);
    }

    /// <summary>The kind the journal recorded for an earlier refusal (Validation when unreadable).</summary>
    private static SmartGiftErrorKind KindOf(string? recorded) =>
        Enum.TryParse(recorded, out SmartGiftErrorKind kind) ? kind : SmartGiftErrorKind.Validation;

    private static SendGate Hold(RecordStatus status, string? detail, SmartGiftError? error = null) => new SendGate(false, status, detail, error);
}

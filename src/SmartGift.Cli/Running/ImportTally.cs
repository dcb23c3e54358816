namespace SmartGift.Cli;

/// <summary>Counts what a run's results say, to choose the exit code.</summary>
internal sealed class ImportTally
{
    public int Results { get; private set; }
    public int Unauthenticated { get; private set; }
    public int Unreachable { get; private set; }
    /// <summary>Results showing that the service answered (or may have): anything but a local refusal or a network failure.</summary>
    public int ServiceAnswered { get; private set; }
    public int NotSettled { get; private set; }

    public void Count(RecordStatus status, SmartGiftError? error, bool needsAttention = false)
    {
        Results++;
        // Confirmed, but the answer contradicts the request (DESIGN 16): a person must look.
        if (needsAttention) NotSettled++;
        if (status == RecordStatus.Failed || status == RecordStatus.Unknown || status == RecordStatus.NotSent || status == RecordStatus.Conflict) NotSettled++;
        if (error?.Kind == SmartGiftErrorKind.Unauthenticated) Unauthenticated++;
        if (error?.Kind == SmartGiftErrorKind.Network) Unreachable++;
        else if (status == RecordStatus.Unknown || error?.StatusCode != null || (status == RecordStatus.Confirmed)) ServiceAnswered++;
    }

    public int ExitCode(bool cancelled)
    {
        if (cancelled) return ExitCodes.Cancelled;
        if (Unauthenticated > 0) return ExitCodes.AuthenticationFailed;
        if (Unreachable > 0 && ServiceAnswered == 0) return ExitCodes.ServiceUnreachable;
        return NotSettled > 0 ? ExitCodes.RecordsNeedAttention : ExitCodes.Success;
    }
}

namespace SmartGift;

/// <summary>
/// The one wait for the next window that every blocked request shares: a single timer, so a
/// burst of waiting requests sleeps once (and a test clock is advanced once). The governor
/// tells each host callback of it once.
/// </summary>
internal sealed class WindowWait
{
    public WindowWait(DateTimeOffset end, TimeSpan delay, string reason)
    {
        End = end;
        Delay = delay;
        Reason = reason;
    }

    /// <summary>When the window is believed to end, on this machine's clock.</summary>
    public DateTimeOffset End { get; }
    public TimeSpan Delay { get; }
    public string Reason { get; }
    public Task Task { get; set; } = Task.CompletedTask;
}

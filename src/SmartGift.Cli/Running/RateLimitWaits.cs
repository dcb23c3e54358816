namespace SmartGift.Cli;

/// <summary>
/// Told by the client the moment a request starts waiting for the rate limit (on the sending
/// thread). Core's RateLimitCountdown keeps when the wait ends, for the live countdown column;
/// when no live display is shown, this writes one timestamped line as the wait starts (with
/// its length) and one as sending resumes.
/// </summary>
/// <param name="log">Where the start and end lines go; null for none (--quiet).</param>
internal sealed class RateLimitWaits(Action<string>? log) : IDisposable
{
    private readonly object _gate = new object();
    private readonly RateLimitCountdown _countdown = new RateLimitCountdown(TimeProvider.System);
    private Timer? _resume;

    public int Count { get; private set; }

    /// <summary>Set while a live display shows the countdown: no lines then, they would tear the display.</summary>
    public bool ShownLive { get; set; }

    public TimeSpan? Remaining => _countdown.Remaining;

    public void Started(RateLimitNotice notice)
    {
        lock (_gate)
        {
            // Several requests may wait for one window: the first notice tells the operator, a later end extends it.
            var fresh = _countdown.Remaining == null;
            if (!_countdown.Start(notice)) return;
            Count++;
            if (log == null || ShownLive) return;
            if (fresh) log(notice.Reason);
            _resume?.Dispose();
            _resume = new Timer(_ => Ended(), null, notice.Delay, Timeout.InfiniteTimeSpan);
        }
    }

    private void Ended()
    {
        lock (_gate)
        {
            // A stale timer of a wait that was since extended: the newer timer will speak.
            if (!_countdown.Running || _countdown.Remaining > TimeSpan.FromMilliseconds(200)) return;
            _countdown.End();
            if (ShownLive) return;
        }
        log?.Invoke("rate-limit wait over: sending resumes");
    }

    public void Dispose()
    {
        lock (_gate) _resume?.Dispose();
    }
}

using System.Threading.Tasks;

namespace SmartGift.Commands;

/// <summary>
/// Base of every cmdlet that calls Smart Gift: Ctrl+C, one progress bar, and Await, which waits for a Core call on the
/// pipeline thread and counts a rate-limit wait down there (PowerShell takes writes from the pipeline thread only).
/// </summary>
public abstract class ApiCallCommand : PSCmdlet, IDisposable
{
    private const int ProgressActivityId = 7301;
    /// <summary>How often Await wakes to move the countdown: its line changes once a second.</summary>
    private static readonly TimeSpan PumpInterval = TimeSpan.FromMilliseconds(200);
    private readonly CancellationTokenSource _cancellation = new CancellationTokenSource();
    private SmartGiftClient? _watchedClient;
    // Core's one countdown: the client's notices come on any thread; they are read, and counted down, on this one.
    private RateLimitCountdown? _countdown;
    private bool _countdownShown;
    private bool _progressShown;
    private long _lastProgress;

    /// <summary>Cancelled by Ctrl+C: every wait of a Core call ends at once, and nothing new is sent.</summary>
    protected CancellationToken Cancellation => _cancellation.Token;

    protected override void StopProcessing() => StopSending();

    /// <summary>Ctrl+C or SIGTERM (TerminateSignal): nothing new is sent; the requests in flight finish. Any thread.</summary>
    protected void StopSending()
    {
        try { _cancellation.Cancel(); }
        catch (ObjectDisposedException) { }
    }

    /// <summary>Counts down the client's rate-limit waits while Await waits (one client per command).</summary>
    protected void WatchRateLimit(SmartGiftClient client)
    {
        if (_watchedClient != null) return;
        _countdown = new RateLimitCountdown(client.Options.TimeProvider);
        _watchedClient = client;
        _watchedClient.RateLimitWaiting += _countdown.Notice;
    }

    /// <summary>Waits for a Core call on the pipeline thread, counting a rate-limit wait down; Ctrl+C ends it at once.</summary>
    protected T Await<T>(Task<T> task)
    {
        while (!task.IsCompleted)
        {
            ((IAsyncResult)task).AsyncWaitHandle.WaitOne(PumpInterval);
            WriteQueuedNotices();
        }
        WriteQueuedNotices();
        _countdown?.End();
        // The wait is over: no countdown stays on screen while the command goes on.
        if (_countdownShown && !Cancellation.IsCancellationRequested) CompleteStatus();
        _countdownShown = false;
        return task.GetAwaiter().GetResult();
    }

    /// <summary>Writes the countdown's line if it changed: the notice when a wait starts (also -Verbose), then a tick a second.</summary>
    private void WriteQueuedNotices()
    {
        // Once stopping, PowerShell takes no more writes; the wait is ending anyway.
        if (_countdown == null || Cancellation.IsCancellationRequested) return;
        var notices = _countdown.TakeNotices();
        if (notices.Count > 0)
        {
            var started = notices[notices.Count - 1];
            WriteStatus(started.Reason, 0, urgent: true);
            WriteVerbose(started.Reason);
            _countdownShown = true;
        }
        else if (_countdown.Tick() is TimeSpan left)
        {
            WriteStatus(RateLimitCountdown.Status(left), RateLimitCountdown.Percent(left, _countdown.Total), urgent: true);
            _countdownShown = true;
        }
    }

    /// <summary>
    /// One progress bar per command, its counts at most every quarter second (Write-Progress per record was three
    /// quarters of a -WhatIf validation's time); a rate-limit wait (urgent) is always shown.
    /// </summary>
    protected void WriteStatus(string status, int percent = -1, bool urgent = false, int secondsRemaining = -1)
    {
        // Under -WhatIf every order writes a "What if:" line, and the console redraws a progress
        // bar around each line: the counts would cost more than the validation. Nothing waits then.
        if (QuietProgress) return;
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        if (!urgent && _progressShown && now - _lastProgress < System.Diagnostics.Stopwatch.Frequency / 4) return;
        _lastProgress = now;
        _progressShown = true;
        var line = string.IsNullOrEmpty(status) ? "working" : status;
        WriteProgress(new ProgressRecord(ProgressActivityId, Activity, line) { PercentComplete = percent, SecondsRemaining = secondsRemaining });
    }

    protected void CompleteStatus()
    {
        if (!_progressShown) return;
        _progressShown = false;
        WriteProgress(new ProgressRecord(ProgressActivityId, Activity, "done") { RecordType = ProgressRecordType.Completed });
    }

    private string Activity => "SmartGift " + MyInvocation.MyCommand.Name;

    protected bool QuietProgress { get; set; }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing) return;
        if (_watchedClient != null) _watchedClient.RateLimitWaiting -= _countdown!.Notice;
        _cancellation.Dispose();
    }
}

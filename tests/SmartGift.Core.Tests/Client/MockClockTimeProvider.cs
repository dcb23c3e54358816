using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Client;

/// <summary>
/// A time source that never sleeps: a timer (TimeProvider.Delay, Polly's backoff, the rate
/// governor's window wait) moves the mock server's clock forward by the requested time
/// (POST /_mock/clock) and then fires at once. GetUtcNow follows the mock clock.
/// </summary>
internal sealed class MockClockTimeProvider : TimeProvider
{
    private readonly MockControl _control;
    private readonly object _gate = new object();
    private readonly List<TimeSpan> _waits = new List<TimeSpan>();
    private DateTimeOffset _now;

    private MockClockTimeProvider(MockControl control, DateTimeOffset now)
    {
        _control = control;
        _now = now;
    }

    public static async Task<MockClockTimeProvider> StartAsync(MockControl control) =>
        new MockClockTimeProvider(control, await control.GetNowAsync());

    /// <summary>Every timer that fired, in order: how far the mock clock was moved.</summary>
    public IReadOnlyList<TimeSpan> Waits
    {
        get { lock (_gate) return _waits.ToArray(); }
    }

    /// <summary>Called before a timer fires, after the clock moved (a test can change the world "during" the wait).</summary>
    public Func<TimeSpan, Task>? DuringWait { get; set; }

    /// <summary>How wrong the local clock is against the server's (to test skew handling).</summary>
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return _now + Offset;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new AdvancingTimer(this, callback, state, dueTime);

    private async Task AdvanceAsync(TimeSpan by)
    {
        var now = await _control.AdvanceClockAsync(by);
        lock (_gate)
        {
            _now = now;
            _waits.Add(by);
        }
        if (DuringWait is Func<TimeSpan, Task> hook) await hook(by);
    }

    private sealed class AdvancingTimer : ITimer
    {
        private readonly MockClockTimeProvider _time;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private int _scheduled;
        private volatile bool _disposed;

        public AdvancingTimer(MockClockTimeProvider time, TimerCallback callback, object? state, TimeSpan dueTime)
        {
            _time = time;
            _callback = callback;
            _state = state;
            Change(dueTime, Timeout.InfiniteTimeSpan);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (_disposed || dueTime == Timeout.InfiniteTimeSpan || dueTime < TimeSpan.Zero) return true;
            if (Interlocked.Exchange(ref _scheduled, 1) == 1) return true;
            _ = Task.Run(async () =>
            {
                await _time.AdvanceAsync(dueTime);
                if (!_disposed) _callback(_state);
            });
            return true;
        }

        public void Dispose() => _disposed = true;

        public ValueTask DisposeAsync()
        {
            _disposed = true;
            return default;
        }
    }
}

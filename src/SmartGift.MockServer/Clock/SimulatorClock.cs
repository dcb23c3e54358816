using System.Diagnostics;

namespace SmartGift.MockServer.Clock;

/// <summary>
/// The simulated service's clock: follows real time from an anchor that the clock control can
/// move, so holds, validity windows and rate windows can be tested without waiting.
/// </summary>
internal sealed class SimulatorClock
{
    private readonly object _gate = new object();
    private readonly bool _frozen;
    private DateTimeOffset _anchor;
    private long _anchorTimestamp;

    public SimulatorClock(DateTimeOffset start, bool frozen)
    {
        _frozen = frozen;
        _anchor = start;
        _anchorTimestamp = Stopwatch.GetTimestamp();
    }

    public DateTimeOffset Now
    {
        get
        {
            lock (_gate)
            {
                return _frozen ? _anchor : _anchor + Stopwatch.GetElapsedTime(_anchorTimestamp);
            }
        }
    }

    public DateTimeOffset Set(DateTimeOffset now)
    {
        lock (_gate)
        {
            _anchor = now.ToUniversalTime();
            _anchorTimestamp = Stopwatch.GetTimestamp();
            return _anchor;
        }
    }

    public DateTimeOffset Advance(TimeSpan by) => Set(Now + by);
}

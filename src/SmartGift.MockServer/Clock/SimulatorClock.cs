using System.Diagnostics;

namespace SmartGift.MockServer.Clock;

/// <summary>
/// The simulated service's clock: follows real time from an anchor that the clock control can
/// move, so holds, validity windows and rate windows can be tested without waiting.
/// </summary>
internal sealed class SimulatorClock(DateTimeOffset start, bool frozen)
{
    private readonly object _gate = new object();
    private DateTimeOffset _anchor = start;
    private long _anchorTimestamp = Stopwatch.GetTimestamp();

    public DateTimeOffset Now
    {
        get
        {
            lock (_gate)
            {
                return frozen ? _anchor : _anchor + Stopwatch.GetElapsedTime(_anchorTimestamp);
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

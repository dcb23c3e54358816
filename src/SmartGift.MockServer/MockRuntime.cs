using SmartGift.MockServer.Clock;
using SmartGift.MockServer.Controls;
using SmartGift.MockServer.Faults;
using SmartGift.MockServer.RateLimiting;
using SmartGift.MockServer.Seed;
using SmartGift.MockServer.State;

namespace SmartGift.MockServer;

/// <summary>Everything one running simulator holds: clock, stored state, throttle, faults, request log.</summary>
internal sealed class MockRuntime
{
    private readonly object _gate = new object();
    private SimulatorState _state;

    public MockRuntime(MockServerOptions options, SeedDocument seed)
    {
        Options = options;
        Seed = seed;
        Clock = new SimulatorClock(StartTime(), options.FreezeClock);
        RateLimiter = new FixedWindowRateLimiter(options.RateLimit, options.RateWindow);
        Faults = new FaultRegistry(options.FaultSeed);
        _state = SimulatorState.FromSeed(seed, Clock.Now);
    }

    public MockServerOptions Options { get; }
    public SeedDocument Seed { get; }
    public SimulatorClock Clock { get; }
    public FixedWindowRateLimiter RateLimiter { get; }
    public FaultRegistry Faults { get; }
    public RequestLog Requests { get; } = new RequestLog();

    public SimulatorState State
    {
        get { lock (_gate) { return _state; } }
    }

    /// <summary>Back to the state at start: seed data, clock, throttle settings, no faults, empty request log.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            var now = Clock.Set(StartTime());
            RateLimiter.Configure(Options.RateLimit, Options.RateWindow);
            Faults.Clear();
            Requests.Clear();
            _state = SimulatorState.FromSeed(Seed, now);
        }
    }

    private DateTimeOffset StartTime() => (Options.ClockStart ?? DateTimeOffset.UtcNow).ToUniversalTime();
}

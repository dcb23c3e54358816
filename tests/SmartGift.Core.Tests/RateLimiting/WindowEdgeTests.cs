using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SmartGift.Core.Tests.RateLimiting;

/// <summary>
/// Where the governor puts a window's end, on a clock the test moves: the opener's send time
/// plus the window, plus a margin only as large as what is not known about the opener's way to
/// the server; bounds only when the opener is not known or a 429 showed the estimate wrong.
/// </summary>
public class WindowEdgeTests
{
    private static readonly DateTimeOffset Start = new DateTimeOffset(2026, 12, 7, 4, 0, 0, 250, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 0)]
    [InlineData(250, 0)]
    [InlineData(1500, 0)]
    [InlineData(1500, 3)]
    [InlineData(250, -5)]
    public async Task The_window_ends_a_window_length_after_its_opener_was_sent_plus_the_jitter_at_most(int latencyMs, int serverHoursAhead)
    {
        var latency = TimeSpan.FromMilliseconds(latencyMs);
        var server = new FakeServer(TimeSpan.FromHours(serverHoursAhead), limit: 3);
        var governor = new RateGovernor();

        // The opener goes alone (the limit is not known yet), then the two other slots.
        await server.SendAsync(governor, latency);
        var two = await Task.WhenAll(server.LeaseAsync(governor), server.LeaseAsync(governor));
        server.Clock.Advance(latency);
        foreach (var lease in two) server.Answer(governor, lease);

        var notice = server.BlockedWait(governor);

        var margin = latency < RateGovernor.Jitter ? latency : RateGovernor.Jitter;
        Assert.Equal(Start + Window + margin - server.Clock.GetUtcNow(), notice.Delay);
    }

    [Fact]
    public async Task An_opener_slower_than_the_rest_of_its_window_widens_the_margin_by_the_difference()
    {
        var server = new FakeServer(TimeSpan.Zero, limit: 3);
        var governor = new RateGovernor();

        await server.SendAsync(governor, TimeSpan.FromMilliseconds(400)); // a new connection, say
        await server.SendAsync(governor, TimeSpan.FromMilliseconds(100));
        await server.SendAsync(governor, TimeSpan.FromMilliseconds(120));

        var notice = server.BlockedWait(governor);

        Assert.Equal(Start + Window + TimeSpan.FromMilliseconds(300) + RateGovernor.Jitter - server.Clock.GetUtcNow(), notice.Delay);
    }

    [Fact]
    public async Task When_no_answer_shows_the_opener_the_window_ends_a_window_length_after_the_first_answer()
    {
        // Someone else opened the window: the first answer already says 2 of 5 are used.
        var server = new FakeServer(TimeSpan.FromHours(1), limit: 5) { UsedByOthers = 1 };
        var governor = new RateGovernor();

        await server.SendAsync(governor, TimeSpan.FromMilliseconds(1500));
        var firstAnsweredAt = server.Clock.GetUtcNow();
        for (var i = 0; i < 3; i++) await server.SendAsync(governor, TimeSpan.FromMilliseconds(1500));

        var notice = server.BlockedWait(governor);

        // The window began before that request reached the server, which was before its answer came.
        Assert.Equal(firstAnsweredAt + Window - server.Clock.GetUtcNow(), notice.Delay);
    }

    [Fact]
    public async Task After_a_429_a_window_ends_by_the_latest_its_opener_can_have_arrived()
    {
        var server = new FakeServer(TimeSpan.Zero, limit: 2);
        var governor = new RateGovernor();
        var latency = TimeSpan.FromMilliseconds(1500);

        await server.SendAsync(governor, latency);
        await server.SendAsync(governor, latency);
        // Someone else's request took the next window's first slot and ours met a 429 (Retry-After 1 s).
        server.Clock.Advance(Window);
        var lease = await server.LeaseAsync(governor);
        server.Clock.Advance(latency);
        governor.Observe(lease, 429, FakeServer.Headers(2, 0, server.ServerNow(), retryAfter: 1), server.Clock.GetUtcNow());
        var retry = governor.ThrottleWait(server.Clock);
        server.Clock.Advance(retry.Delay);

        var opened = server.Clock.GetUtcNow();
        server.Used = 0;
        await server.SendAsync(governor, latency);
        await server.SendAsync(governor, latency);
        var notice = server.BlockedWait(governor);

        // The opener's own answer (1.5 s after it was sent) is the bound now, not its send time.
        Assert.Equal(opened + latency + Window - server.Clock.GetUtcNow(), notice.Delay);
    }

    [Fact]
    public async Task A_timer_that_fires_early_does_not_end_the_window_early()
    {
        var server = new FakeServer(TimeSpan.Zero, limit: 1);
        var governor = new RateGovernor();
        await server.SendAsync(governor, TimeSpan.FromMilliseconds(250));
        var waiting = server.LeaseAsync(governor);
        Assert.False(waiting.IsCompleted);

        var end = Start + Window + RateGovernor.Jitter;
        server.Clock.FireEarlyBy = TimeSpan.FromMilliseconds(3);
        server.Clock.Advance(end - TimeSpan.FromMilliseconds(3) - server.Clock.GetUtcNow()); // the timer fires 3 ms before the end
        Assert.False(waiting.IsCompleted);
        server.Clock.FireEarlyBy = TimeSpan.Zero;
        server.Clock.Advance(TimeSpan.FromMilliseconds(3));
        var lease = await waiting;
        Assert.Equal(end, lease.SentAt);
    }

    [Fact]
    public void Date_headers_narrow_the_skew_to_the_overlap_of_their_bounds()
    {
        var local = new DateTimeOffset(2026, 12, 7, 4, 0, 0, TimeSpan.Zero);
        var skew = default(ClockSkew)
            // Sent 04:00:00.000, answered .100, stamped 06:00:10 (server ahead by 2 h 10 s, and up to a second more).
            .With(local.AddHours(2).AddSeconds(10), local, local.AddMilliseconds(100))
            // Sent 04:00:00.700, answered .800, stamped 06:00:11: the stamp was after 06:00:11.000.
            .With(local.AddHours(2).AddSeconds(11), local.AddMilliseconds(700), local.AddMilliseconds(800));

        Assert.Equal(TimeSpan.FromHours(2) + TimeSpan.FromMilliseconds(10200), skew.Low);
        Assert.Equal(TimeSpan.FromHours(2) + TimeSpan.FromMilliseconds(11000), skew.High);
        Assert.Equal(local.AddSeconds(1), skew.ToLocal(local.AddHours(2).AddMilliseconds(11200)));
    }

    [Fact]
    public void A_clock_set_between_answers_restarts_the_skew_from_the_last_answer()
    {
        var local = new DateTimeOffset(2026, 12, 7, 4, 0, 0, TimeSpan.Zero);
        var skew = default(ClockSkew)
            .With(local.AddSeconds(30), local, local.AddMilliseconds(100))
            .With(local.AddSeconds(40), local.AddSeconds(1), local.AddSeconds(1).AddMilliseconds(100)); // the local clock went back 9 s

        Assert.Equal(TimeSpan.FromSeconds(38.9), skew.Low);
        Assert.Equal(TimeSpan.FromSeconds(40), skew.High);
    }

    /// <summary>A throttle like the mock's (a window opens at the first arrival), with a Date in whole seconds, on a clock the test moves.</summary>
    private sealed class FakeServer
    {
        private readonly TimeSpan _ahead;
        private readonly int _limit;

        public FakeServer(TimeSpan ahead, int limit)
        {
            _ahead = ahead;
            _limit = limit;
            Clock = new ManualClock(Start);
        }

        public ManualClock Clock { get; }
        public int UsedByOthers { get; set; }
        /// <summary>Requests counted in the server's window (the test starts a new one).</summary>
        public int Used { get; set; }

        public DateTimeOffset ServerNow()
        {
            var now = Clock.GetUtcNow() + _ahead;
            return new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        }

        public Task<RateLease> LeaseAsync(RateGovernor governor) =>
            governor.AcquireAsync(Clock, null, TimeSpan.FromHours(1), CancellationToken.None);

        /// <summary>One request: sent now, answered after the latency (stamped as it leaves).</summary>
        public async Task SendAsync(RateGovernor governor, TimeSpan latency)
        {
            var lease = await LeaseAsync(governor);
            Clock.Advance(latency);
            Answer(governor, lease);
        }

        public void Answer(RateGovernor governor, RateLease lease)
        {
            Used++;
            governor.Observe(lease, 200, Headers(_limit, _limit - Used - UsedByOthers, ServerNow()), Clock.GetUtcNow());
        }

        /// <summary>The wait a blocked request is told of (the window is spent and nothing is in flight).</summary>
        public RateLimitNotice BlockedWait(RateGovernor governor)
        {
            RateLimitNotice? told = null;
            var blocked = governor.AcquireAsync(Clock, n => told = n, TimeSpan.FromHours(1), CancellationToken.None);
            Assert.False(blocked.IsCompleted);
            return Assert.IsType<RateLimitNotice>(told);
        }

        public static RateLimitHeaders Headers(int limit, int remaining, DateTimeOffset date, int? retryAfter = null)
        {
            using var answer = new HttpResponseMessage();
            answer.Headers.TryAddWithoutValidation("X-RateLimit-Limit", limit.ToString(CultureInfo.InvariantCulture));
            answer.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", remaining.ToString(CultureInfo.InvariantCulture));
            if (retryAfter is int seconds) answer.Headers.TryAddWithoutValidation("Retry-After", seconds.ToString(CultureInfo.InvariantCulture));
            answer.Headers.Date = date;
            return RateLimitHeaders.From(answer.Headers);
        }
    }

    /// <summary>A clock that moves only when told; timers fire as it passes them (FireEarlyBy sooner).</summary>
    private sealed class ManualClock : TimeProvider
    {
        private readonly object _gate = new object();
        private readonly List<ManualTimer> _timers = new List<ManualTimer>();
        private DateTimeOffset _now;

        public ManualClock(DateTimeOffset now) => _now = now;

        public TimeSpan FireEarlyBy { get; set; }

        public override DateTimeOffset GetUtcNow()
        {
            lock (_gate) return _now;
        }

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public void Advance(TimeSpan by)
        {
            var due = new List<ManualTimer>();
            lock (_gate)
            {
                _now += by;
                due.AddRange(_timers.FindAll(t => t.Due - FireEarlyBy <= _now));
                _timers.RemoveAll(due.Contains);
            }
            foreach (var timer in due) timer.Fire();
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = new ManualTimer(this, callback, state);
            timer.Change(dueTime, period);
            return timer;
        }

        private sealed class ManualTimer : ITimer
        {
            private readonly ManualClock _clock;
            private readonly TimerCallback _callback;
            private readonly object? _state;

            public ManualTimer(ManualClock clock, TimerCallback callback, object? state)
            {
                _clock = clock;
                _callback = callback;
                _state = state;
            }

            public DateTimeOffset Due { get; private set; }

            public void Fire() => _callback(_state);

            public bool Change(TimeSpan dueTime, TimeSpan period)
            {
                lock (_clock._gate)
                {
                    _clock._timers.Remove(this);
                    if (dueTime == Timeout.InfiniteTimeSpan) return true;
                    Due = _clock._now + dueTime;
                    _clock._timers.Add(this);
                }
                return true;
            }

            public void Dispose()
            {
                lock (_clock._gate) _clock._timers.Remove(this);
            }

            public ValueTask DisposeAsync()
            {
                Dispose();
                return default;
            }
        }
    }
}

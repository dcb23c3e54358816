using System;

namespace SmartGift.Core.Tests.RateLimiting;

/// <summary>The one countdown of a rate-limit wait, shown by imports and by the other cmdlets alike.</summary>
public class RateLimitCountdownTests
{
    private sealed class StepClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void Ticks_when_the_whole_seconds_change_with_a_growing_percent_until_the_wait_has_passed()
    {
        var clock = new StepClock();
        var countdown = new RateLimitCountdown(clock);
        countdown.Start(new RateLimitNotice(TimeSpan.FromSeconds(4), "waiting 4 s for the rate limit"));

        Assert.Null(countdown.Tick());                       // still 4 whole seconds left
        clock.Now += TimeSpan.FromSeconds(0.5);
        Assert.Null(countdown.Tick());                       // 3.5 s: still "4 s"
        clock.Now += TimeSpan.FromSeconds(1);
        var left = Assert.IsType<TimeSpan>(countdown.Tick()); // 2.5 s
        Assert.Equal("waiting 3 s for the rate limit", RateLimitCountdown.Status(left));
        Assert.Equal(37, RateLimitCountdown.Percent(left, countdown.Total));
        clock.Now += TimeSpan.FromSeconds(1);
        Assert.Equal(62, RateLimitCountdown.Percent(Assert.IsType<TimeSpan>(countdown.Tick()), countdown.Total));
        clock.Now += TimeSpan.FromSeconds(2);
        Assert.Null(countdown.Tick());
        Assert.False(countdown.Running);
    }

    [Fact]
    public void End_stops_the_ticks()
    {
        var clock = new StepClock();
        var countdown = new RateLimitCountdown(clock);
        countdown.Start(new RateLimitNotice(TimeSpan.FromSeconds(10), "waiting"));
        countdown.End();
        clock.Now += TimeSpan.FromSeconds(3);

        Assert.Null(countdown.Tick());
        Assert.False(countdown.Running);
    }

    [Fact]
    public void A_shorter_notice_does_not_cut_a_running_wait_short_and_a_longer_one_extends_it()
    {
        var clock = new StepClock();
        var countdown = new RateLimitCountdown(clock);

        Assert.True(countdown.Start(new RateLimitNotice(TimeSpan.FromSeconds(10), "waiting 10 s")));
        clock.Now += TimeSpan.FromSeconds(1);
        Assert.False(countdown.Start(new RateLimitNotice(TimeSpan.FromSeconds(2), "waiting 2 s")));
        Assert.Equal(TimeSpan.FromSeconds(9), countdown.Remaining);
        Assert.True(countdown.Start(new RateLimitNotice(TimeSpan.FromSeconds(20), "waiting 20 s")));
        Assert.Equal(TimeSpan.FromSeconds(20), countdown.Remaining);
        clock.Now += TimeSpan.FromSeconds(21);
        Assert.Null(countdown.Remaining);
    }

    [Fact]
    public async System.Threading.Tasks.Task Notices_from_the_client_are_kept_in_order_and_start_the_countdown_when_the_host_takes_them()
    {
        var countdown = new RateLimitCountdown(new StepClock());
        var first = new RateLimitNotice(TimeSpan.FromSeconds(3), "waiting 3 s");
        var second = new RateLimitNotice(TimeSpan.FromSeconds(5), "waiting 5 s");

        await System.Threading.Tasks.Task.Run(() => countdown.Notice(first));
        countdown.Notice(second);
        Assert.False(countdown.Running);

        Assert.Equal(new[] { first, second }, countdown.TakeNotices());
        Assert.Empty(countdown.TakeNotices());
        Assert.True(countdown.Running);
        Assert.Equal(TimeSpan.FromSeconds(5), countdown.Total);
    }
}

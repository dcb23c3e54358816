namespace SmartGift;

/// <summary>
/// How far the server's clock is ahead of this machine's, as the Date headers bound it. An
/// answer's Date (whole seconds, rounded down) was stamped between the request's send and its
/// answer's arrival, so server - local lies in [Date - received, Date + 1 s - sent]; the bounds
/// of many answers narrow it. When a clock is set and the bounds no longer meet, the last
/// answer's alone are kept. The server's clock is at least Low and at most High ahead of this
/// machine's; default(ClockSkew) is not Known (no Date seen yet).
/// </summary>
internal readonly record struct ClockSkew(TimeSpan Low, TimeSpan High, bool Known = true)
{
    private static readonly TimeSpan DateResolution = TimeSpan.FromSeconds(1);

    public ClockSkew With(DateTimeOffset date, DateTimeOffset sent, DateTimeOffset received)
    {
        var low = date - received;
        var high = date + DateResolution - sent;
        if (!Known) return new ClockSkew(low, high);
        var narrowLow = Low > low ? Low : low;
        var narrowHigh = High < high ? High : high;
        return narrowLow <= narrowHigh ? new ClockSkew(narrowLow, narrowHigh) : new ClockSkew(low, high);
    }

    /// <summary>A server time on this machine's clock, as late as it can be (so a wait for it is long enough).</summary>
    public DateTimeOffset ToLocal(DateTimeOffset server) => Known ? server - Low : server;

    /// <summary>A local time on the server's clock, as early as it can be.</summary>
    public DateTimeOffset ToServer(DateTimeOffset local) => Known ? local + Low : local;
}

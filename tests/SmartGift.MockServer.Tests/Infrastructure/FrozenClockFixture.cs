using System;
using SmartGift.Testing;

namespace SmartGift.MockServer.Tests.Infrastructure;

/// <summary>A server whose clock stands still at a known instant unless a test moves it: exact time assertions.</summary>
public sealed class FrozenClockFixture : MockServerFixture
{
    public static readonly DateTimeOffset Start = new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    protected override MockServerOptions CreateOptions() => new MockServerOptions { ClockStart = Start, FreezeClock = true };
}

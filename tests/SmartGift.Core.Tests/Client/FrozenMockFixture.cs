using SmartGift.MockServer;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Client;

/// <summary>A mock server whose clock moves only when a test (or MockClockTimeProvider) moves it.</summary>
public sealed class FrozenMockFixture : MockServerFixture
{
    protected override MockServerOptions CreateOptions() => new MockServerOptions { FreezeClock = true };
}

using System;
using System.Net.Http;
using System.Threading.Tasks;
using SmartGift.Testing;
using Xunit;

namespace SmartGift.MockServer.Tests.Infrastructure;

/// <summary>
/// A test class with its own server (one per class, so classes run in parallel), reset to the
/// seed before each test, with API clients for both seeded companies.
/// </summary>
public abstract class MockServerTest<TFixture> : IClassFixture<TFixture>, IAsyncLifetime
    where TFixture : MockServerFixture
{
    protected MockServerTest(TFixture fixture)
    {
        Fixture = fixture;
        Demo = fixture.CreateClient(MockSeed.DemoKey);
        Sister = fixture.CreateClient(MockSeed.SisterKey);
    }

    protected TFixture Fixture { get; }
    protected MockControl Control => Fixture.Control;
    protected HttpClient Demo { get; }
    protected HttpClient Sister { get; }

    public virtual Task InitializeAsync() => Control.ResetAsync();

    public Task DisposeAsync()
    {
        Demo.Dispose();
        Sister.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The default server: built-in seed, 60 requests a minute, clock following real time.</summary>
public abstract class MockServerTest : MockServerTest<MockServerFixture>
{
    protected MockServerTest(MockServerFixture fixture)
        : base(fixture)
    {
    }
}

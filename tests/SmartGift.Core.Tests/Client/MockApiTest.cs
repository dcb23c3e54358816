using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Client;

/// <summary>
/// Base of the tests that talk real HTTP to the mock server: each test starts from the seed,
/// with a fresh rate governor and a time source that advances the mock clock instead of sleeping.
/// </summary>
public abstract class MockApiTest : IClassFixture<FrozenMockFixture>, IAsyncLifetime
{
    private readonly List<IDisposable> _owned = new List<IDisposable>();
    private readonly HashSet<string> _forgotten = new HashSet<string>();
    private MockClockTimeProvider? _time;

    protected MockApiTest(FrozenMockFixture fixture)
    {
        Fixture = fixture;
    }

    protected FrozenMockFixture Fixture { get; }
    protected MockControl Control => Fixture.Control;
    internal MockClockTimeProvider Time => _time ?? throw new InvalidOperationException("not initialised");
    protected List<RateLimitNotice> Notices { get; } = new List<RateLimitNotice>();

    public async Task InitializeAsync()
    {
        await Control.ResetAsync();
        _time = await MockClockTimeProvider.StartAsync(Control);
    }

    public Task DisposeAsync()
    {
        foreach (var owned in _owned) owned.Dispose();
        return Task.CompletedTask;
    }

    internal SmartGiftClientOptions Options(string key = MockSeed.DemoKey, Uri? baseUri = null)
    {
        var apiKey = ApiKey.FromString(key);
        var uri = baseUri ?? Fixture.BaseAddress;
        // The first client of a key in a test gets a fresh governor: the server was just reset.
        if (_forgotten.Add(uri + "|" + key)) RateGovernorRegistry.Forget(uri, apiKey);
        return new SmartGiftClientOptions(uri, apiKey)
        {
            TimeProvider = Time,
            OnRateLimitWait = notice => { lock (Notices) Notices.Add(notice); },
        };
    }

    internal SmartGiftClient NewClient(string key = MockSeed.DemoKey, Action<SmartGiftClientOptions>? configure = null)
    {
        var options = Options(key);
        configure?.Invoke(options);
        var client = new SmartGiftClient(options);
        _owned.Add(client);
        return client;
    }

    internal static SaleRequest ExampleSale(string orderId = "123") => new SaleRequest
    {
        OrderId = orderId,
        Cart = new Cart
        {
            Items = { new CartItem { Id = MockSeed.Voucher150, Price = 150m, Total = 150m } },
            Customer = new Customer
            {
                FirstName = "Marty", LastName = "Gift", Email = "marty.gift@smart-gift.co.uk",
                Address1 = "Bank Chambers", Address2 = "High Street", Postcode = "NP11 4EY", Town = "Newbridge", County = "Newport",
            },
            Delivery = new Delivery { Price = 0.50m, DeliveryMethod = MockSeed.DeliveryEmail, Name = "Email Delivery" },
            Payments = { new Payment { Amount = 150.50m, PaymentMethodId = MockSeed.PaymentCard } },
        },
    };

    internal static async Task<SmartGiftException> FailsWith(SmartGiftErrorKind kind, Func<Task> call)
    {
        var e = await Assert.ThrowsAsync<SmartGiftException>(call);
        Assert.True(kind == e.Kind, "expected " + kind + " but got " + e.Error);
        return e;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using SmartGift.Core.Tests.Client;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Security;

/// <summary>
/// DESIGN 9: the key is never in an exception, message, ToString, inner exception, error field
/// or notice. Every failure path is driven with a known key, and 401 with a distinctive unknown one.
/// </summary>
public class KeyLeakTests : MockApiTest
{
    private const string UnknownKey = "sk_live_LEAKCANARY_7f3e9a1c5d";

    public KeyLeakTests(FrozenMockFixture fixture) : base(fixture) { }

    [Fact]
    public async Task No_failure_path_shows_the_key()
    {
        var failures = new List<SmartGiftException>();
        async Task Collect(Func<Task> call)
        {
            var e = await Assert.ThrowsAsync<SmartGiftException>(call);
            failures.Add(e);
        }

        var demo = NewClient(configure: o => { o.MaxRateLimitRetries = 1; o.MaxGetAttempts = 2; });
        var unknown = NewClient(UnknownKey);

        await Collect(() => unknown.GetVouchersAsync());                                  // 401
        await Collect(() => unknown.SellAsync(ExampleSale()));                             // 401 on a write
        await Collect(() => demo.RedeemAsync(new RedeemRequest { VoucherNumber = "NOPE000000", SiteId = "1", Amount = 1m })); // 422 kind
        await Collect(() => demo.HoldAsync(""));                                           // local refusal
        var bad = ExampleSale();
        bad.Cart.Customer!.Email = "x";
        await Collect(() => demo.SellAsync(bad));                                          // 422 Validation
        foreach (var kind in new[] { "fail_after", "drop_after", "malformed_after", "html_after", "html_before" })
        {
            await Control.ClearFaultsAsync();
            await Control.AddFaultAsync(new MockFault("POST", "/pos-sale", kind));
            await Collect(() => demo.SellAsync(ExampleSale()));                            // OutcomeUnknown
        }
        await Control.ClearFaultsAsync();
        await Control.AddFaultAsync(MockFault.FailBefore("GET", "/vouchers", 500));
        await Collect(() => demo.GetVouchersAsync());                                      // ServerError
        await Control.AddFaultAsync(MockFault.FailBefore("GET", "/payment-methods", 429));
        await Collect(() => demo.GetPaymentMethodsAsync());                                // RateLimited

        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var options = Options(baseUri: new Uri("http://127.0.0.1:" + port + "/"));
        using (var refused = new SmartGiftClient(options)) await Collect(() => refused.RedeemAsync(new RedeemRequest { VoucherNumber = "X", SiteId = "1", Amount = 1m })); // Network

        var kinds = failures.Select(f => f.Kind).Distinct().ToList();
        foreach (var expected in new[] { SmartGiftErrorKind.Unauthenticated, SmartGiftErrorKind.VoucherInvalid, SmartGiftErrorKind.Validation, SmartGiftErrorKind.OutcomeUnknown, SmartGiftErrorKind.ServerError, SmartGiftErrorKind.RateLimited, SmartGiftErrorKind.Network })
            Assert.Contains(expected, kinds);
        Assert.NotEmpty(Notices);

        foreach (var failure in failures)
        {
            foreach (var text in Texts(failure))
            {
                Assert.DoesNotContain(MockSeed.DemoKey, text);
                Assert.DoesNotContain(UnknownKey, text);
                Assert.DoesNotContain("LEAKCANARY", text);
            }
        }
        foreach (var notice in Notices)
        {
            Assert.DoesNotContain(MockSeed.DemoKey, notice.ToString());
            Assert.DoesNotContain(MockSeed.DemoKey, notice.Reason);
        }
        Assert.DoesNotContain("LEAKCANARY", unknown.Options.ApiKey.ToString());
        Assert.Equal("sk_...1c5d", unknown.Options.ApiKey.Masked);
    }

    [Fact]
    public void A_session_shows_only_the_masked_key()
    {
        using var session = new SmartGiftSession(Options(UnknownKey), "Shop");
        Assert.DoesNotContain("LEAKCANARY", session.ToString());
        Assert.DoesNotContain("LEAKCANARY", session.ApiKeyMasked);
        Assert.Contains("sk_...", session.ToString());
    }

    /// <summary>Everything a host might print: the exception chain's messages and ToStrings, and every field of the error.</summary>
    private static IEnumerable<string> Texts(SmartGiftException failure)
    {
        for (Exception? e = failure; e != null; e = e.InnerException)
        {
            yield return e.Message;
            yield return e.ToString();
        }
        var error = failure.Error;
        yield return error.ToString();
        yield return error.Message;
        yield return error.RequestPath ?? "";
        yield return error.RequestMethod ?? "";
        foreach (var field in error.FieldErrors)
        {
            yield return field.Key;
            foreach (var message in field.Value) yield return message;
        }
    }
}

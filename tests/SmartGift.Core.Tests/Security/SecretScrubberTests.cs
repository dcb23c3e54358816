using System;
using System.Collections.Generic;
using System.Linq;

namespace SmartGift.Core.Tests.Security;

/// <summary>DESIGN 9: what the one scrubber of outside text removes, and what it leaves alone.</summary>
public class SecretScrubberTests
{
    private const string Secret = "sk_live_Q7mZ2pR9tK4wX8nB3v";
    private static readonly ApiKey Key = ApiKey.FromString(Secret);

    [Theory]
    [InlineData("token sk_live_Q7mZ2pR9tK4wX8nB3v refused", "token sk_...nB3v refused")]
    [InlineData("TOKEN SK_LIVE_Q7MZ2PR9TK4WX8NB3V", "TOKEN sk_...nB3v")]
    [InlineData("cut: sk_live_Q7mZ2p", "cut: sk_...nB3v")]                 // the first 14 characters
    [InlineData("mid 2pR9tK4w!", "mid sk_...nB3v!")]                       // 8 from the middle
    [InlineData("twice sk_live_Q7mZ2pR9tK4wX8nB3vsk_live_Q7mZ2pR9tK4wX8nB3v", "twice sk_...nB3vsk_...nB3v")]
    public void The_key_is_masked_in_any_case_and_any_piece_of_eight_or_more(string text, string expected)
    {
        Assert.Equal(expected, Key.Redact(text));
    }

    [Theory]
    [InlineData("sk_live_ is a prefix of 8")] // 8 characters of the key: masked (a key's prefix says little, but the rule is simple)
    public void Eight_characters_are_enough(string text)
    {
        Assert.DoesNotContain("sk_live_", Key.Redact(text));
    }

    [Theory]
    [InlineData("The voucher has been redeemed.")]
    [InlineData("sk_live order Q7mZ2pR 9tK4wX8")]  // pieces of 7 or fewer
    [InlineData("")]
    public void Ordinary_text_is_left_alone(string text)
    {
        Assert.Same(text, Key.Redact(text));
    }

    [Theory]
    [InlineData("see http://user:S3cretPw@198.51.100.7/x", "see http://***@198.51.100.7/x")]
    [InlineData("HTTPS://admin@host/", "HTTPS://***@host/")]
    [InlineData("mail marty@smart-gift.co.uk", "mail marty@smart-gift.co.uk")]
    public void Url_user_info_is_removed(string text, string expected)
    {
        Assert.Equal(expected, Key.Redact(text));
    }

    [Fact]
    public void A_short_key_is_matched_whole_in_any_case()
    {
        var key = ApiKey.FromString("abc123");
        Assert.Equal("x ... y", key.Redact("x ABC123 y"));
        Assert.Equal("abc12", key.Redact("abc12"));
    }

    /// <summary>Issue 22 finding 8: a 422 echoing the key encoded was printed verbatim.</summary>
    public static IEnumerable<object[]> EncodedEchoes() => new[]
    {
        new object[] { "json \\u escapes", "{\"message\":\"bad " + string.Concat(Secret.Select(c => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture))) + "\"}" },
        new object[] { "json, one escape inside", "{\"message\":\"bad sk\\u005flive\\u005FQ7mZ2pR9tK4wX8nB3v\"}" },
        new object[] { "url-encoded", "token=" + string.Concat(Secret.Select(c => "%" + ((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture))) },
        new object[] { "url-encoded underscores only", "token=sk%5Flive%5fQ7mZ2pR9tK4wX8nB3v&x=1" },
        new object[] { "html decimal references", "<p>" + string.Concat(Secret.Select(c => "&#" + (int)c + ";")) + "</p>" },
        new object[] { "html hex and named references", "<p>sk&lowbar;live&#x5F;Q7mZ2pR9tK4wX8nB3v</p>" },
        new object[] { "base64", "auth " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Secret)) },
        new object[] { "base64 inside a longer text", "hdr " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("Smart-Auth: " + Secret + " from 10.0.0.1")) },
        new object[] { "base64url", "jwt " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("x" + Secret + "??>>")).Replace('+', '-').Replace('/', '_').TrimEnd('=') },
        new object[] { "split across lines", "key sk_live_Q7mZ\r\n    2pR9tK4wX8nB3v end" },
        new object[] { "split across json lines", "{\"message\":\"key sk_live_Q7m\\nZ2pR9tK4\\nwX8nB3v\"}" },
        new object[] { "base64 wrapped", "b64 " + Wrapped(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("prefix " + Secret)), 12) },
    };

    [Theory]
    [MemberData(nameof(EncodedEchoes))]
    public void The_key_is_masked_however_it_is_encoded(string shape, string text)
    {
        var scrubbed = Key.Redact(text);

        Assert.True(Decoded(scrubbed).IndexOf("Q7mZ2pR9", StringComparison.OrdinalIgnoreCase) < 0, shape + ": " + scrubbed);
        Assert.DoesNotContain("2pR9tK4w", Decoded(scrubbed), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("sk_...nB3v", scrubbed);
    }

    [Theory]
    [InlineData("{\"message\":\"caf\\u00e9 %20 &amp; ok\"}")]
    [InlineData("line one\r\n  line two")]
    [InlineData("aGVsbG8gd29ybGQgdGhpcyBpcyBiYXNlNjQ=")]
    public void Encoded_ordinary_text_is_left_alone(string text)
    {
        Assert.Same(text, Key.Redact(text));
    }

    private static string Wrapped(string text, int width) =>
        string.Join("\r\n", Enumerable.Range(0, (text.Length + width - 1) / width).Select(i => text.Substring(i * width, Math.Min(width, text.Length - i * width))));

    /// <summary>What a reader would make of the text: every encoding the tests use undone, lines joined.</summary>
    private static string Decoded(string text)
    {
        var plain = System.Text.RegularExpressions.Regex.Unescape(text.Replace("\r\n    ", "").Replace("\r\n", ""));
        plain = Uri.UnescapeDataString(plain);
        plain = System.Net.WebUtility.HtmlDecode(plain.Replace("&lowbar;", "_"));
        var all = new List<string> { plain };
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(plain.Replace("\n", ""), "[A-Za-z0-9+/_-]{12,}={0,2}"))
        {
            var b64 = m.Value.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
            try { all.Add(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(b64))); } catch (FormatException) { }
        }
        return string.Join(" | ", all);
    }
}

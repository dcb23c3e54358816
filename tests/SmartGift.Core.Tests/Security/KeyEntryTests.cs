using System;
using System.Security;

namespace SmartGift.Core.Tests.Security;

/// <summary>
/// Issue 22 finding 3: a key with CR/LF went raw into the Smart-Auth header (an extra header,
/// or the header block ended early). A key is now checked where it enters; the refusal says
/// where it came from and never holds the key.
/// </summary>
public class KeyEntryTests
{
    private const string Good = "sk_test_Abc123Def456";

    [Theory]
    [InlineData("sk_test_Abc123\r\nX-Injected: yes", "a line break")]
    [InlineData("sk_test_Abc123\nDef456", "a line break")]
    [InlineData("sk_test_Abc123 Def456", "a space")]
    [InlineData("sk_test_Abc123\u0000Def456", "a control character")]
    [InlineData("sk_test_Abc123\u001b[2KDef", "a control character")]
    [InlineData("sk_test_Abc123\u0085Def456", "a control character")]
    [InlineData("sk_test_Abc123\u00e9Def456", "outside printable ASCII")]
    public void A_key_with_a_line_break_control_character_or_space_inside_is_refused_without_showing_it(string key, string what)
    {
        var e = Assert.Throws<ArgumentException>(() => ApiKey.FromString(key, "from the test"));
        var secure = Assert.Throws<ArgumentException>(() => ApiKey.FromSecureString(Secure(key), "from the test"));

        foreach (var message in new[] { e.Message, secure.Message })
        {
            Assert.Contains("from the test", message);
            Assert.Contains(what, message);
            Assert.DoesNotContain("Abc123", message);
        }
    }

    [Theory]
    [InlineData(Good + "\n")]
    [InlineData(Good + "\r\n")]
    [InlineData("  " + Good + "\t\r\n")]
    public void A_trailing_newline_from_a_file_or_command_is_trimmed(string text)
    {
        Assert.True(ApiKey.FromString(text).SameSecretAs(ApiKey.FromString(Good)));
        Assert.True(ApiKey.FromSecureString(Secure(text)).SameSecretAs(ApiKey.FromString(Good)));
    }

    private static SecureString Secure(string text)
    {
        var secure = new SecureString();
        foreach (var c in text) secure.AppendChar(c);
        secure.MakeReadOnly();
        return secure;
    }
}

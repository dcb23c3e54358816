using System.Runtime.InteropServices;
using System.Security;
using System.Security.Cryptography;

namespace SmartGift;

/// <summary>
/// The Smart-Auth secret, held so that it cannot leak (DESIGN 9): ToString, debugger display
/// and every message show only the masked form (sk_...abcd). Only the HTTP pipeline reads it.
/// </summary>
[System.Diagnostics.DebuggerDisplay("{Masked}")]
public sealed class ApiKey
{
    public const string EnvironmentVariable = "SMARTGIFT_API_KEY";

    private readonly char[] _secret;

    private ApiKey(char[] secret, string origin)
    {
        if (secret.Length == 0) throw new ArgumentException("The API key " + origin + " is empty.");
        Refuse(secret, origin);
        _secret = secret;
        Masked = Mask(secret);
    }

    /// <summary>sk_...abcd: the prefix before the first '_' and the last four characters.</summary>
    public string Masked { get; }

    /// <summary>The key, checked; origin says where it came from for an error message ("from SMARTGIFT_API_KEY"), never the key.</summary>
    public static ApiKey FromString(string secret, string origin = "given") =>
        new ApiKey((secret ?? throw new ArgumentNullException(nameof(secret))).Trim().ToCharArray(), origin);

    /// <summary>The key, trimmed and checked; origin says where it came from for an error message, never the key.</summary>
    public static ApiKey FromSecureString(SecureString secret, string origin = "given")
    {
        if (secret == null) throw new ArgumentNullException(nameof(secret));
        var ptr = Marshal.SecureStringToGlobalAllocUnicode(secret);
        try
        {
            var chars = new char[secret.Length];
            Marshal.Copy(ptr, chars, 0, chars.Length);
            // Leading and trailing white space (a file's or a command's final newline) removed; the copy cleared.
            var kept = ((ReadOnlySpan<char>)chars).Trim().ToArray();
            Array.Clear(chars, 0, chars.Length);
            return new ApiKey(kept, origin);
        }
        finally
        {
            Marshal.ZeroFreeGlobalAllocUnicode(ptr);
        }
    }

    /// <summary>The key from SMARTGIFT_API_KEY, or null when it is not set.</summary>
    public static ApiKey? FromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(value) ? null : FromString(value!, "from the " + EnvironmentVariable + " environment variable");
    }

    /// <summary>
    /// A key goes into a request header as it is: a CR or LF would end the header early or add
    /// one of the sender's choosing (DESIGN 19). So a key is one piece of printable ASCII, checked
    /// where it enters; the message says where it came from and what is wrong, never the key.
    /// </summary>
    private static void Refuse(char[] secret, string origin)
    {
        for (var i = 0; i < secret.Length; i++)
        {
            var c = secret[i];
            if (c > ' ' && c < '\x7f') continue;
            var what = c == '\r' || c == '\n' ? "a line break"
                : c == ' ' || c == '\t' ? "a space"
                : c < ' ' || (c >= '\x7f' && c <= '\x9f') ? "a control character"
                : "a character outside printable ASCII";
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                "The API key {0} cannot be used: it holds {1} at character {2} of {3}. A key is one line of printable characters"
                + " with no spaces; check how it was stored or copied.", origin, what, i + 1, secret.Length));
        }
    }

    /// <summary>For the request pipeline only.</summary>
    internal string Reveal() => new string(_secret);

    public override string ToString() => Masked;

    /// <summary>Equal keys share one rate governor; compared without exposing the secret.</summary>
    internal bool SameSecretAs(ApiKey other) => _secret.AsSpan().SequenceEqual(other._secret);

    /// <summary>A SHA-256 of the key (hex): identifies the key, e.g. for the shared rate governor, without holding its text.</summary>
    internal string Fingerprint()
    {
        var bytes = Encoding.UTF8.GetBytes(_secret);
        try
        {
            using var sha = SHA256.Create();
            return BitConverter.ToString(sha.ComputeHash(bytes)).Replace("-", "").ToLowerInvariant();
        }
        finally
        {
            Array.Clear(bytes, 0, bytes.Length);
        }
    }

    /// <summary>The ledger's company name for this key (LedgerLocation): a keyed hash, never the key.</summary>
    internal string LedgerFingerprint() => LedgerLocation.Fingerprint(_secret);

    /// <summary>Outside text (an answer, an exception message, a URL) with the key masked and URL user info removed (SecretScrubber).</summary>
    internal string Redact(string text) => SecretScrubber.Scrub(text, _secret, Masked);

    private static string Mask(char[] secret)
    {
        var text = new string(secret);
        var last = text.Length > 8 ? text.Substring(text.Length - 4) : "";
        var underscore = text.IndexOf('_');
        var prefix = underscore > 0 && underscore < 6 ? text.Substring(0, underscore + 1) : "";
        return prefix + "..." + last;
    }
}

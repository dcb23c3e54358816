using System.Text.RegularExpressions;

namespace SmartGift;

/// <summary>
/// DESIGN 9: cleans text that came from outside (answers, exception messages, HTML titles,
/// URLs) before it is shown, logged, journaled or put in an error. A server or a proxy may echo
/// the key in another letter case, cut short, or encoded: JSON escapes (\u0073), URL encoding
/// (%73), HTML character references (&amp;#115; &amp;#x73; &amp;lowbar;), base64 or base64url, and split
/// across lines. So the text is read through those encodings (a decoded view that remembers
/// where each character came from), and every run of 8 or more characters that appears anywhere
/// in the key or in its base64 forms (ignoring case) is replaced, with the text that encoded it,
/// by the masked key. The user name and password of any URL (scheme://user:pass@host) become ***.
/// </summary>
internal static class SecretScrubber
{
    /// <summary>Shorter runs are too common to mean anything (and a key shorter than this is matched whole).</summary>
    internal const int ShortestPiece = 8;

    private static readonly Regex UserInfo = new Regex(@"\b([A-Za-z][A-Za-z0-9+.\-]*://)[^/?#\s@""'<>]+@", RegexOptions.CultureInvariant);

    /// <summary>The named HTML references a key's characters could plausibly be written with.</summary>
    private static readonly Dictionary<string, char> NamedReferences = new Dictionary<string, char>(StringComparer.Ordinal)
    {
        ["amp"] = '&', ["lt"] = '<', ["gt"] = '>', ["quot"] = '"', ["apos"] = '\'', ["lowbar"] = '_', ["UnderBar"] = '_',
        ["hyphen"] = '-', ["dash"] = '-', ["period"] = '.', ["sol"] = '/', ["plus"] = '+', ["equals"] = '=', ["colon"] = ':',
    };

    internal static string Scrub(string text, char[] secret, string masked) =>
        string.IsNullOrEmpty(text) ? text : WithoutUserInfo(WithoutKey(text, secret, masked));

    /// <summary>scheme://user:password@host becomes scheme://***@host.</summary>
    public static string WithoutUserInfo(string text) =>
        string.IsNullOrEmpty(text) || text.IndexOf('@') < 0 ? text : UserInfo.Replace(text, "$1***@");

    /// <summary>Left to right, each longest run of the decoded view found in a key form is masked with its source text.</summary>
    private static string WithoutKey(string text, char[] secret, string masked)
    {
        if (secret.Length == 0) return text;
        var shortest = Math.Min(ShortestPiece, secret.Length);
        var forms = Forms(secret);
        var view = DecodedView.Of(text);
        var upper = view.Text.ToUpperInvariant(); // char by char: indexes stay the view's
        StringBuilder? result = null;
        var copiedTo = 0;
        var i = 0;
        while (i <= upper.Length - shortest)
        {
            var run = 0;
            foreach (var form in forms) run = Math.Max(run, form.LongestRunAt(upper, i));
            if (run < shortest) { i++; continue; }
            var start = view.Start[i];
            var end = view.End[i + run - 1];
            result ??= new StringBuilder(text.Length);
            if (start > copiedTo) result.Append(text, copiedTo, start - copiedTo);
            if (start >= copiedTo) result.Append(masked);
            copiedTo = Math.Max(copiedTo, end);
            i += run;
        }
        return result == null ? text : result.Append(text, copiedTo, text.Length - copiedTo).ToString();
    }

    /// <summary>
    /// The key, and its base64 and base64url forms at each of the three byte alignments it can have
    /// inside a longer encoded text (only the characters that depend on the key's bytes alone).
    /// </summary>
    private static List<KeyForm> Forms(char[] secret)
    {
        var forms = new List<KeyForm> { new KeyForm(new string(secret).ToUpperInvariant()) };
        var bytes = Encoding.UTF8.GetBytes(secret);
        try
        {
            for (var skip = 0; skip < 3; skip++)
            {
                var whole = (bytes.Length - skip) / 3 * 3;
                if (whole < 6) continue;
                var base64 = Convert.ToBase64String(bytes, skip, whole);
                forms.Add(new KeyForm(base64.ToUpperInvariant()));
                forms.Add(new KeyForm(base64.Replace('+', '-').Replace('/', '_').ToUpperInvariant()));
            }
        }
        finally
        {
            Array.Clear(bytes, 0, bytes.Length);
        }
        return forms;
    }

    /// <summary>One form of the key, upper-cased, with where each character occurs in it.</summary>
    private sealed class KeyForm(string form)
    {
        private readonly ILookup<char, int> _at = form.Select((c, j) => (c, j)).ToLookup(p => p.c, p => p.j);

        public int LongestRunAt(string text, int at)
        {
            var best = 0;
            foreach (var j in _at[text[at]])
            {
                var n = 1;
                while (at + n < text.Length && j + n < form.Length && text[at + n] == form[j + n]) n++;
                if (n > best) best = n;
            }
            return best;
        }
    }

    /// <summary>
    /// The text read through JSON escapes, URL encoding and HTML references, without line breaks
    /// (and the indentation after them); each character with the span of the original it came from.
    /// </summary>
    private sealed record DecodedView(string Text, List<int> Start, List<int> End)
    {
        public static DecodedView Of(string text)
        {
            var view = new StringBuilder(text.Length);
            var start = new List<int>(text.Length);
            var end = new List<int>(text.Length);
            var afterBreak = false;
            var i = 0;
            while (i < text.Length)
            {
                var next = Decode(text, i, out var c);
                if (c == '\r' || c == '\n') afterBreak = true;
                else if (afterBreak && (c == ' ' || c == '\t')) { }
                else
                {
                    afterBreak = false;
                    view.Append(c);
                    start.Add(i);
                    end.Add(next);
                }
                i = next;
            }
            return new DecodedView(view.ToString(), start, end);
        }

        /// <summary>One character from position i (an escape, a %XX, a reference, or itself); returns where the next begins.</summary>
        private static int Decode(string text, int i, out char c)
        {
            c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                var e = text[i + 1];
                if (e == 'u' && i + 5 < text.Length && Hex(text, i + 2, 4, out var code)) { c = (char)code; return i + 6; }
                if (e == 'x' && i + 3 < text.Length && Hex(text, i + 2, 2, out code)) { c = (char)code; return i + 4; }
                switch (e)
                {
                    case 'n': c = '\n'; return i + 2;
                    case 'r': c = '\r'; return i + 2;
                    case '/': case '\\': case '"': case '\'': c = e; return i + 2;
                }
                return i + 1;
            }
            if (c == '%' && i + 2 < text.Length && Hex(text, i + 1, 2, out var value)) { c = (char)value; return i + 3; }
            if (c == '&')
            {
                var semicolon = text.IndexOf(';', i + 1, Math.Min(12, text.Length - i - 1));
                if (semicolon > i + 1)
                {
                    var name = text.Substring(i + 1, semicolon - i - 1);
                    if (name[0] == '#')
                    {
                        var hex = name.Length > 1 && (name[1] == 'x' || name[1] == 'X');
                        var digits = name.Substring(hex ? 2 : 1);
                        if (digits.Length > 0 && digits.Length <= 6
                            && int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                            && number < 0x10000)
                        {
                            c = (char)number;
                            return semicolon + 1;
                        }
                    }
                    else if (NamedReferences.TryGetValue(name, out var named))
                    {
                        c = named;
                        return semicolon + 1;
                    }
                }
            }
            return i + 1;
        }

        private static bool Hex(string text, int at, int count, out int value) =>
            int.TryParse(text.Substring(at, count), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
    }
}

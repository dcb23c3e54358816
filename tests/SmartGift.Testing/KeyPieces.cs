using System;
using System.Collections.Generic;
using System.Linq;

namespace SmartGift.Testing;

/// <summary>DESIGN 9 for assertions: a text leaks the key when it holds any 8-character piece of it, in any letter case.</summary>
public static class KeyPieces
{
    public const int Shortest = 8;

    /// <summary>The pieces of the key found in the text (empty when it is clean).</summary>
    public static IReadOnlyList<string> FoundIn(string text, string key)
    {
        var found = new List<string>();
        for (var i = 0; i + Shortest <= key.Length; i++)
        {
            var piece = key.Substring(i, Shortest);
            if (text.Contains(piece, StringComparison.OrdinalIgnoreCase)) found.Add(piece);
        }
        // The key encoded whole, as KeyEchoes sends it (issue 22 finding 8): any 16 characters of such a form.
        foreach (var form in Encoded(key))
        {
            for (var i = 0; i + 16 <= form.Length; i += 4)
            {
                var piece = form.Substring(i, 16);
                if (text.Contains(piece, StringComparison.OrdinalIgnoreCase)) { found.Add(piece); break; }
            }
        }
        return found;
    }

    /// <summary>The key base64-encoded, URL-encoded, as HTML references and as JSON escapes.</summary>
    public static IEnumerable<string> Encoded(string key)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        yield return Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(key));
        yield return string.Concat(key.Select(c => "%" + ((int)c).ToString("X2", inv)));
        yield return string.Concat(key.Select(c => "&#" + ((int)c).ToString(inv) + ";"));
        yield return string.Concat(key.Select(c => "\\u" + ((int)c).ToString("x4", inv)));
    }

    /// <summary>An assertion message naming the leaked pieces, or null when the text is clean.</summary>
    public static string? Leak(string text, string key)
    {
        var found = FoundIn(text, key);
        return found.Count == 0 ? null : "the text holds " + found.Count + " piece(s) of the key (" + string.Join(", ", found) + "):\n" + text;
    }
}

using System;
using System.Collections.Generic;

namespace SmartGift.Testing
{
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
            return found;
        }

        /// <summary>An assertion message naming the leaked pieces, or null when the text is clean.</summary>
        public static string? Leak(string text, string key)
        {
            var found = FoundIn(text, key);
            return found.Count == 0 ? null : "the text holds " + found.Count + " piece(s) of the key (" + string.Join(", ", found) + "):\n" + text;
        }
    }
}

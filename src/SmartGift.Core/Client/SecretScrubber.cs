using System.Text;
using System.Text.RegularExpressions;

namespace SmartGift
{
    /// <summary>
    /// DESIGN 9: cleans text that came from outside (answers, exception messages, HTML titles,
    /// URLs) before it is shown, logged, journaled or put in an error. A server may echo the key
    /// in another letter case or cut short, so every run of 8 or more characters that appears
    /// anywhere in the key (ignoring case) is replaced by the masked key, and the user name and
    /// password of any URL (scheme://user:pass@host) are replaced by ***.
    /// </summary>
    public static class SecretScrubber
    {
        /// <summary>Shorter runs are too common to mean anything (and a key shorter than this is matched whole).</summary>
        internal const int ShortestPiece = 8;

        private static readonly Regex UserInfo = new Regex(@"\b([A-Za-z][A-Za-z0-9+.\-]*://)[^/?#\s@""'<>]+@", RegexOptions.CultureInvariant);

        /// <summary>The text with key pieces masked and URL user info removed.</summary>
        internal static string Scrub(string text, char[] secret, string masked)
        {
            if (string.IsNullOrEmpty(text)) return text;
            return WithoutUserInfo(WithoutKey(text, secret, masked));
        }

        /// <summary>scheme://user:password@host becomes scheme://***@host.</summary>
        public static string WithoutUserInfo(string text) =>
            string.IsNullOrEmpty(text) || text.IndexOf('@') < 0 ? text : UserInfo.Replace(text, "$1***@");

        /// <summary>Left to right, the longest run at each position that also occurs in the key (ignoring case) is replaced when long enough.</summary>
        private static string WithoutKey(string text, char[] secret, string masked)
        {
            if (secret.Length == 0) return text;
            var shortest = Math.Min(ShortestPiece, secret.Length);
            // ToUpperInvariant maps char by char, so indexes in the upper-cased text are indexes in the text.
            var key = new string(secret).ToUpperInvariant();
            var upper = text.ToUpperInvariant();
            StringBuilder? result = null;
            var copiedTo = 0;
            var i = 0;
            while (i <= upper.Length - shortest)
            {
                var run = LongestRunAt(upper, i, key);
                if (run < shortest) { i++; continue; }
                result ??= new StringBuilder(text.Length);
                result.Append(text, copiedTo, i - copiedTo).Append(masked);
                i += run;
                copiedTo = i;
            }
            if (result == null) return text;
            return result.Append(text, copiedTo, text.Length - copiedTo).ToString();
        }

        private static int LongestRunAt(string text, int at, string key)
        {
            var best = 0;
            for (var j = 0; j < key.Length; j++)
            {
                if (key[j] != text[at]) continue;
                var n = 1;
                while (at + n < text.Length && j + n < key.Length && text[at + n] == key[j + n]) n++;
                if (n > best) best = n;
            }
            return best;
        }
    }
}

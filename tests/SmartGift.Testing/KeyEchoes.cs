using System;
using System.Collections.Generic;
using System.Linq;

namespace SmartGift.Testing;

/// <summary>
/// The shapes in which a hostile or careless server echoes the key back (issue 11): each builds
/// an answer from the Smart-Auth header it received. Used with HostileServer.
/// </summary>
public static class KeyEchoes
{
    /// <summary>26 characters, like the key of the finding ("cut at 80 characters leaked 14 of its 26").</summary>
    public const string Key = "sk_live_Q7mZ2pR9tK4wX8nB3v";

    /// <summary>A password in a URL the server repeats; it must not be shown either.</summary>
    public const string UrlPassword = "hunter2pw";

    public static readonly IReadOnlyDictionary<string, Func<HostileRequest, HostileAnswer>> All = new Dictionary<string, Func<HostileRequest, HostileAnswer>>
    {
        ["html title, upper case"] = r => HostileAnswer.Html(500, "<html><head><title>Invalid token " + r.Key.ToUpperInvariant() + "</title></head><body>oops</body></html>"),
        // The title is 80 characters long after the key's first 14: the old 80-character cut kept those 14.
        ["html title, cut at 80"] = r => HostileAnswer.Html(502, "<html><title>" + new string('x', 66) + r.Key + " and more text after it</title></html>"),
        ["json message, lower case"] = r => HostileAnswer.Json(500, "{\"message\":\"bad key " + r.Key.ToLowerInvariant() + "\"}"),
        ["422 field errors, pieces"] = r => HostileAnswer.Json(422, "{\"message\":\"The given data was invalid.\",\"errors\":{\"key_" + r.Key.Substring(3, 12)
            + "\":[\"starts " + r.Key.Substring(0, 10) + "\",\"ends " + r.Key.Substring(r.Key.Length - 9).ToUpperInvariant() + "\"]}}"),
        ["401 message, swapped case"] = r => HostileAnswer.Json(401, "{\"message\":\"Unauthenticated: " + SwapCase(r.Key) + "\"}"),
        ["plain text, middle piece"] = r => new HostileAnswer(503, "Service " + r.Key.Substring(5, 11), "text/plain", "down for " + r.Key.Substring(8, 9)),
        // Issue 22 finding 8: encoded echoes were printed verbatim.
        ["422 message, base64"] = r => HostileAnswer.Json(422, "{\"message\":\"Bad token " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(r.Key)) + "\",\"errors\":{}}"),
        ["422 message, url-encoded"] = r => HostileAnswer.Json(422, "{\"message\":\"Bad token " + string.Concat(r.Key.Select(c => "%" + ((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture))) + "\",\"errors\":{}}"),
        ["html, character references"] = r => HostileAnswer.Html(500, "<html><title>Invalid " + string.Concat(r.Key.Select(c => "&#" + ((int)c).ToString(System.Globalization.CultureInfo.InvariantCulture) + ";")) + "</title></html>"),
        ["json message, \\u escapes"] = r => HostileAnswer.Json(422, "{\"message\":\"Bad " + string.Concat(r.Key.Select(c => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture))) + "\",\"errors\":{}}"),
        ["json message, split over lines"] = r => HostileAnswer.Json(422, "{\"message\":\"Bad " + r.Key.Substring(0, 10) + "\\n" + r.Key.Substring(10) + "\",\"errors\":{}}"),
        ["url with password"] = r => HostileAnswer.Json(500, "{\"message\":\"upstream http://admin:" + UrlPassword + "@db.internal/ failed for " + r.Key + "\"}"),
    };

    /// <summary>A voucher list whose name and description carry the key (a success answer is outside text too).</summary>
    public static HostileAnswer VoucherList(HostileRequest r) => HostileAnswer.Json(200,
        "{\"data\":[{\"id\":1,\"name\":\"Gift " + r.Key.ToUpperInvariant() + "\",\"description\":\"see https://u:" + UrlPassword + "@shop.example/ " + r.Key.Substring(2, 12)
        + "\",\"type\":\"monetary\",\"status\":\"active\",\"price\":\"10.00\"}]}");

    private static string SwapCase(string text) =>
        new string(text.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)).ToArray());
}

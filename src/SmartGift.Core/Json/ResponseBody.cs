namespace SmartGift;

/// <summary>Parses an answer's bytes, describing what arrived when it is not JSON.</summary>
internal static class ResponseBody
{
    private static readonly JsonDocumentOptions Options = new JsonDocumentOptions
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The parsed document; throws UnreadableBodyException with a plain description otherwise.</summary>
    public static JsonDocument Parse(byte[] body, string? mediaType)
    {
        if (body.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            throw new UnreadableBodyException("the answer was empty");
        var start = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 64)).TrimStart();
        var html = mediaType != null && mediaType.IndexOf("html", StringComparison.OrdinalIgnoreCase) >= 0;
        if (html || start.StartsWith("<", StringComparison.Ordinal))
            throw new UnreadableBodyException("the answer was an HTML page, not JSON (a proxy or gateway page?)" + TitleOf(body));
        try
        {
            return JsonDocument.Parse(body, Options);
        }
        catch (JsonException e)
        {
            // The JsonException's own message is kept as the inner exception for diagnosis.
            throw new UnreadableBodyException("the answer was not valid JSON (" + body.Length + " bytes" + (mediaType == null ? "" : ", " + mediaType) + ")", e);
        }
    }

    /// <summary>Parse, or null when the body is not JSON (used for error answers, where any text is acceptable).</summary>
    public static JsonDocument? TryParse(byte[] body, string? mediaType)
    {
        try { return Parse(body, mediaType); }
        catch (UnreadableBodyException) { return null; }
    }

    public static string Describe(byte[] body, string? mediaType)
    {
        try
        {
            using (Parse(body, mediaType)) return "a JSON answer";
        }
        catch (UnreadableBodyException e)
        {
            return e.Message;
        }
    }

    /// <summary>The page's title, which usually says what the proxy meant ("502 Bad Gateway").</summary>
    private static string TitleOf(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 4096));
        var open = text.IndexOf("<title>", StringComparison.OrdinalIgnoreCase);
        if (open < 0) return "";
        var close = text.IndexOf("</title>", open, StringComparison.OrdinalIgnoreCase);
        if (close < 0) return "";
        var title = text.Substring(open + 7, close - open - 7).Trim();
        if (title.Length > 80) title = title.Substring(0, 80);
        return title.Length == 0 ? "" : ": \"" + title + "\"";
    }
}

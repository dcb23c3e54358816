namespace SmartGift;

/// <summary>
/// One shape for every failure: kind, the server's (or the local check's) message, field
/// errors with the API's dotted names, HTTP status and the request. Never carries the key.
/// </summary>
public sealed class SmartGiftError(
    SmartGiftErrorKind kind,
    string message,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? fieldErrors = null,
    int? statusCode = null,
    string? requestMethod = null,
    string? requestPath = null)
{
    public SmartGiftErrorKind Kind { get; } = kind;

    // Server text is in most messages: its control characters are made visible once, here,
    // so no host prints a server's escape sequence or starts a line of its choosing (DESIGN 19).
    public string Message { get; } = VisibleText.Of(message ?? throw new ArgumentNullException(nameof(message)));
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors { get; } =
        TextMap<IReadOnlyList<string>>.Of(fieldErrors == null ? null : Visible(fieldErrors));
    public int? StatusCode { get; } = statusCode;
    public string? RequestMethod { get; } = requestMethod;
    public string? RequestPath { get; } = requestPath;

    private static Dictionary<string, IReadOnlyList<string>> Visible(IReadOnlyDictionary<string, IReadOnlyList<string>> fieldErrors)
    {
        var visible = new Dictionary<string, IReadOnlyList<string>>(fieldErrors.Count);
        foreach (var pair in fieldErrors) visible[VisibleText.Of(pair.Key)] = pair.Value.Select(VisibleText.Of).ToList();
        return visible;
    }

    /// <summary>
    /// True when sending the same record again cannot change the answer (a 422, a local
    /// refusal). False for Network and RateLimited, which failed before the server acted.
    /// OutcomeUnknown is neither: it is never re-sent without the operator's say-so.
    /// </summary>
    public bool IsPermanent => Kind is not (SmartGiftErrorKind.Network or SmartGiftErrorKind.RateLimited
        or SmartGiftErrorKind.OutcomeUnknown or SmartGiftErrorKind.ServerError);

    public override string ToString()
    {
        var where = RequestMethod == null ? "" : " (" + RequestMethod + " " + RequestPath + (StatusCode == null ? "" : " -> " + StatusCode) + ")";
        return Kind + ": " + Message + where;
    }
}

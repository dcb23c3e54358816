using System.Net.Http;
using static SmartGift.SmartGiftErrorKind;

namespace SmartGift;

/// <summary>One API call as the pipeline sees it: method, path, body, and what it is in words.</summary>
/// <param name="Method">GET for a read, POST for a write.</param>
/// <param name="Path">Relative to the base URI, without a query (nothing secret ever goes in a URL).</param>
/// <param name="Body">The bytes sent (a write); null for a GET.</param>
/// <param name="Description">"the sale (order_id 123)": used in messages about the outcome.</param>
/// <param name="Hooks">A journaled write's stop and Sending hooks; null for every other call.</param>
internal sealed record ApiRequest(HttpMethod Method, string Path, byte[]? Body, string Description, WriteHooks? Hooks = null)
{
    /// <summary>Ends the message of a write that may have reached the server (DESIGN 5).</summary>
    public const string MayHaveBeenProcessed = ": it may have been processed. Check Smart Gift before sending it again.";

    /// <summary>Sale, redeem and hold: never re-sent once they may have reached the server (DESIGN 5).</summary>
    public bool IsWrite => Method != HttpMethod.Get;

    /// <summary>The path as sent, with the base URI's own path (the pipeline sets it): what an error names.</summary>
    public string SentPath { get; init; } = Path;

    public static ApiRequest Get(string path, string description) => new ApiRequest(HttpMethod.Get, path, null, description);

    public static ApiRequest Post(string path, byte[] body, string description, WriteHooks? hooks = null) => new ApiRequest(HttpMethod.Post, path, body, description, hooks);

    public SmartGiftError Error(
        SmartGiftErrorKind kind, string message, int? status, IReadOnlyDictionary<string, IReadOnlyList<string>>? fields = null) =>
        new SmartGiftError(kind, message, fields, status, Method.Method, SentPath);

    /// <summary>No usable answer after the request left: a write may have been processed (DESIGN 5), a read failed.</summary>
    public Attempt AfterSending(string what, int? status, Exception cause, bool readTransient) => IsWrite
        ? new Attempt(Error(OutcomeUnknown, what + " after the " + Description + " was sent" + MayHaveBeenProcessed, status),
            cause)
        : new Attempt(Error(ServerError, what, status), cause, readTransient);
}

using System.Net.Http;

namespace SmartGift;

/// <summary>One API call as the pipeline sees it: method, path, body, and what it is in words.</summary>
/// <param name="Method">GET for a read, POST for a write.</param>
/// <param name="Path">Relative to the base URI, without a query (nothing secret ever goes in a URL).</param>
/// <param name="Body">The bytes sent (a write); null for a GET.</param>
/// <param name="Description">"the sale (order_id 123)": used in messages about the outcome.</param>
/// <param name="Hooks">A journaled write's stop and Sending hooks; null for every other call.</param>
internal sealed record ApiRequest(HttpMethod Method, string Path, byte[]? Body, string Description, WriteHooks? Hooks = null)
{
    /// <summary>Sale, redeem and hold: never re-sent once they may have reached the server (DESIGN 5).</summary>
    public bool IsWrite => Method != HttpMethod.Get;

    public static ApiRequest Get(string path, string description) => new ApiRequest(HttpMethod.Get, path, null, description);

    public static ApiRequest Post(string path, byte[] body, string description, WriteHooks? hooks = null) => new ApiRequest(HttpMethod.Post, path, body, description, hooks);
}

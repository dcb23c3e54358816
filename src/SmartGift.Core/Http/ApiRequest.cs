using System.Net.Http;

namespace SmartGift;

/// <summary>One API call as the pipeline sees it: method, path, body, and what it is in words.</summary>
internal sealed class ApiRequest
{
    private ApiRequest(HttpMethod method, string path, byte[]? body, string description, WriteHooks? hooks = null)
    {
        Hooks = hooks;
        Method = method;
        Path = path;
        Body = body;
        Description = description;
    }

    public HttpMethod Method { get; }
    /// <summary>Relative to the base URI, without a query (nothing secret ever goes in a URL).</summary>
    public string Path { get; }
    public byte[]? Body { get; }
    /// <summary>"the sale (order_id 123)": used in messages about the outcome.</summary>
    public string Description { get; }
    /// <summary>Sale, redeem and hold: never re-sent once they may have reached the server (DESIGN 5).</summary>
    public bool IsWrite => Method != HttpMethod.Get;
    /// <summary>A journaled write's stop and Sending hooks; null for every other call.</summary>
    public WriteHooks? Hooks { get; }

    public static ApiRequest Get(string path, string description) => new ApiRequest(HttpMethod.Get, path, null, description);

    public static ApiRequest Post(string path, byte[] body, string description, WriteHooks? hooks = null) => new ApiRequest(HttpMethod.Post, path, body, description, hooks);
}


namespace SmartGift;

/// <summary>An answer fully read into memory (the API's answers are small).</summary>
internal sealed class ApiResponse
{
    public ApiResponse(int statusCode, string? reasonPhrase, byte[] body, string? mediaType, RateLimitHeaders rateLimit)
    {
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        Body = body;
        MediaType = mediaType;
        RateLimit = rateLimit;
    }

    public int StatusCode { get; }
    public string? ReasonPhrase { get; }
    public byte[] Body { get; }
    public string? MediaType { get; }
    public RateLimitHeaders RateLimit { get; }
}

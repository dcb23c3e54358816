namespace SmartGift;

/// <summary>An answer fully read into memory (the API's answers are small).</summary>
internal sealed record ApiResponse(int StatusCode, string? ReasonPhrase, byte[] Body, string? MediaType, RateLimitHeaders RateLimit);

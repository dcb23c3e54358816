namespace SmartGift.MockServer.RateLimiting;

/// <summary>The throttle's verdict for one request and the numbers its headers report.</summary>
internal readonly record struct RateDecision(bool Allowed, int Limit, int Remaining, DateTimeOffset ResetAt);

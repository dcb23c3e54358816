using Polly;
using Polly.Retry;

namespace SmartGift;

/// <summary>
/// The 429 strategy of both pipelines: a 429 means the server did not process the request, so
/// even a write goes again (DESIGN 5), after the wait the answer's Retry-After /
/// X-RateLimit-Reset asked for (read by the governor, which also knows the clock skew), up to
/// MaxRateLimitRetries in a row. The wait goes through the pipeline's TimeProvider and ends
/// at once when the call is cancelled or a journaled write is stopped. Each host callback is
/// told of it (RateLimitWaiting) once per window.
/// </summary>
internal static class RateLimitRetry
{
    public static RetryStrategyOptions<Attempt> Options(int maxRetries, RateGovernor governor, Action<RateLimitNotice>? notify) => new RetryStrategyOptions<Attempt>
    {
        Name = "SmartGift.RateLimit",
        MaxRetryAttempts = maxRetries,
        ShouldHandle = args => new ValueTask<bool>(args.Outcome.Result?.RateLimitWait != null),
        DelayGenerator = args => new ValueTask<TimeSpan?>(args.Outcome.Result?.RateLimitWait?.Delay),
        OnRetry = args =>
        {
            if (args.Outcome.Result?.RateLimitWait is RateLimitNotice wait) governor.Announce(wait, notify);
            return default;
        },
    };
}

using Polly;
using Polly.Retry;

namespace SmartGift;

/// <summary>
/// The two Polly pipelines of a client, built once, each of two retries. Outside, what is
/// transient: reads (GET) retry connect failures, timeouts, 408, 5xx and unreadable answers,
/// with exponential backoff and jitter, bounded by MaxGetAttempts and MaxRetryDuration; writes
/// retry only what certainly never left (a failure to connect). Inside, RateLimitRetry waits
/// out 429s for both, so throttling never spends a GET attempt. All delays use
/// Options.TimeProvider, and end at once when the call is cancelled or a journaled write is stopped.
/// </summary>
internal static class RetryPipelines
{
    public static readonly ResiliencePropertyKey<DateTimeOffset> StartedAt = new ResiliencePropertyKey<DateTimeOffset>("SmartGift.StartedAt");

    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(30);

    public static ResiliencePipeline<Attempt> Build(SmartGiftClientOptions options, bool forWrites, RateGovernor governor, Action<RateLimitNotice>? notify)
    {
        var builder = new ResiliencePipelineBuilder<Attempt> { TimeProvider = options.TimeProvider };
        if (options.MaxGetAttempts > 1) builder.AddRetry(TransientRetry(options, forWrites));
        if (options.MaxRateLimitRetries > 0) builder.AddRetry(RateLimitRetry(options.MaxRateLimitRetries, governor, notify));
        return builder.Build();
    }

    /// <summary>
    /// A 429 was not processed, so even a write goes again (DESIGN 5) after the wait the governor
    /// worked out (it knows the clock skew); each host callback is told once per window.
    /// </summary>
    private static RetryStrategyOptions<Attempt> RateLimitRetry(
        int retries, RateGovernor governor, Action<RateLimitNotice>? notify) => new()
    {
        Name = "SmartGift.RateLimit",
        MaxRetryAttempts = retries,
        ShouldHandle = args => new ValueTask<bool>(args.Outcome.Result?.RateLimitWait != null),
        DelayGenerator = args => new ValueTask<TimeSpan?>(args.Outcome.Result?.RateLimitWait?.Delay),
        OnRetry = args =>
        {
            if (args.Outcome.Result?.RateLimitWait is RateLimitNotice wait) governor.Announce(wait, notify);
            return default;
        },
    };

    private static RetryStrategyOptions<Attempt> TransientRetry(SmartGiftClientOptions options, bool forWrites)
    {
        var time = options.TimeProvider;
        var budget = options.MaxRetryDuration;
        var longestServerWait = options.MaxRateLimitWait;
        return new RetryStrategyOptions<Attempt>
        {
            Name = "SmartGift.Transient",
            MaxRetryAttempts = options.MaxGetAttempts - 1,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = FirstDelay,
            MaxDelay = LongestDelay,
            ShouldHandle = args =>
            {
                if (args.Outcome.Result is not Attempt attempt || attempt.Succeeded) return new ValueTask<bool>(false);
                var retryable = forWrites ? attempt.NeverSent : attempt.Transient;
                var started = args.Context.Properties.GetValue(StartedAt, time.GetUtcNow());
                return new ValueTask<bool>(retryable && time.GetUtcNow() - started < budget);
            },
            // A 503 that says when to come back is believed, within the caller's limit.
            DelayGenerator = args => new ValueTask<TimeSpan?>(
                args.Outcome.Result?.RetryAfter is TimeSpan after && after > TimeSpan.Zero
                    ? (after < longestServerWait ? after : longestServerWait) : null),
        };
    }
}

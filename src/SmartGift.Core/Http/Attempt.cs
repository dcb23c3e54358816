namespace SmartGift;

/// <summary>
/// The result of one attempt, as the retry strategies see it: success (the answer read, kept
/// typed by the pipeline's AttemptState), or an error (what the caller gets when no retry is
/// left) with the facts that decide a retry: Transient (a GET may try again), NeverSent (it
/// certainly never left), RetryAfter (a 503's, honoured by the backoff), RateLimitWait (a 429:
/// the server did not process it, so it may go again after this wait). Only NeverSent and
/// RateLimitWait let a write be re-sent; a journaled write stopped before it left (NotSent) is never retried.
/// </summary>
internal sealed record Attempt(SmartGiftError? Error, Exception? Cause = null, bool Transient = false, bool NeverSent = false,
    TimeSpan? RetryAfter = null, RateLimitNotice? RateLimitWait = null, string? NotSent = null)
{
    public bool Succeeded => Error == null && NotSent == null;

    public static readonly Attempt Success = new(Error: null);

    public static Attempt Stopped(string why) => new(Error: null, NotSent: why);

    public static Attempt Throttled(SmartGiftError error, RateLimitNotice wait) => new(error, RateLimitWait: wait);
}

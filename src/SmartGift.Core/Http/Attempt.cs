namespace SmartGift;

/// <summary>
/// The result of one attempt, as the retry strategies see it: success (the answer read, kept
/// typed by the pipeline's AttemptState), or an error with the facts that decide a retry. Only
/// NeverSent and RateLimitWait failures let a write be re-sent; a journaled write stopped
/// before it left (NotSent) is never retried.
/// </summary>
/// <param name="Error">What the caller gets when no retry is left.</param>
/// <param name="Cause">The exception behind the error, if any.</param>
/// <param name="Transient">A GET may try again.</param>
/// <param name="NeverSent">The request certainly never left.</param>
/// <param name="RetryAfter">A Retry-After on a 503, honoured by the backoff.</param>
/// <param name="RateLimitWait">A 429 (the server did not process the request): the wait before it may go again,
/// and its words for the host.</param>
/// <param name="NotSent">Why a journaled write stopped before it left (its stop, its journal's refusal); null otherwise.</param>
internal sealed record Attempt(SmartGiftError? Error, Exception? Cause = null, bool Transient = false, bool NeverSent = false,
    TimeSpan? RetryAfter = null, RateLimitNotice? RateLimitWait = null, string? NotSent = null)
{
    public bool Succeeded => Error == null && NotSent == null;

    public static readonly Attempt Success = new(Error: null);

    public static Attempt Failure(SmartGiftError error, Exception? cause = null, bool transient = false, bool neverSent = false, TimeSpan? retryAfter = null) =>
        new(error, cause, transient, neverSent, retryAfter);

    public static Attempt Stopped(string why) => new(Error: null, NotSent: why);

    public static Attempt Throttled(SmartGiftError error, RateLimitNotice wait) => new(error, RateLimitWait: wait);
}

namespace SmartGift;

/// <summary>
/// The result of one attempt, as the retry strategies see it: success (the answer read, kept
/// typed by the pipeline's AttemptState), or an error with the
/// facts that decide a retry: may a GET try again (Transient), did the request certainly never
/// leave (NeverSent), and did the server answer 429 with a wait the caller accepts
/// (RateLimitWait). The last two are the only failures after which a write is re-sent. A
/// journaled write stopped before it left is neither (NotSent): never retried.
/// </summary>
internal sealed class Attempt
{
    private Attempt(SmartGiftError? error, Exception? cause, bool transient, bool neverSent, TimeSpan? retryAfter, RateLimitNotice? rateLimitWait = null, string? notSent = null)
    {
        NotSent = notSent;
        RateLimitWait = rateLimitWait;
        Error = error;
        Cause = cause;
        Transient = transient;
        NeverSent = neverSent;
        RetryAfter = retryAfter;
    }

    public SmartGiftError? Error { get; }
    public Exception? Cause { get; }
    public bool Transient { get; }
    public bool NeverSent { get; }
    /// <summary>A Retry-After on a 503, honoured by the backoff.</summary>
    public TimeSpan? RetryAfter { get; }
    /// <summary>A 429 (the server did not process the request): the wait before it may go again, and its words for the host.</summary>
    public RateLimitNotice? RateLimitWait { get; }
    /// <summary>Why a journaled write stopped before it left (its stop, its journal's refusal); null otherwise.</summary>
    public string? NotSent { get; }
    public bool Succeeded => Error == null && NotSent == null;

    public static readonly Attempt Success = new Attempt(null, null, false, false, null);

    public static Attempt Failure(SmartGiftError error, Exception? cause = null, bool transient = false, bool neverSent = false, TimeSpan? retryAfter = null) =>
        new Attempt(error, cause, transient, neverSent, retryAfter);

    public static Attempt Stopped(string why) => new Attempt(null, null, false, false, null, notSent: why);

    public static Attempt Throttled(SmartGiftError error, RateLimitNotice wait) =>
        new Attempt(error, null, false, false, null, wait);
}

namespace SmartGift;

/// <summary>Settings of one client. Only BaseUri and ApiKey have no sensible default.</summary>
public sealed class SmartGiftClientOptions(Uri baseUri, ApiKey apiKey)
{
    public SmartGiftClientOptions(SmartGiftEnvironment environment, ApiKey apiKey)
        : this(environment.BaseUri(), apiKey)
    {
    }

    /// <summary>https, or http to a loopback address only (DESIGN 9).</summary>
    public Uri BaseUri { get; } = baseUri ?? throw new ArgumentNullException(nameof(baseUri));
    public ApiKey ApiKey { get; } = apiKey ?? throw new ArgumentNullException(nameof(apiKey));

    /// <summary>The sale endpoint (DESIGN 1): /pos-sale by default; /sale for older accounts.</summary>
    public string SalePath { get; set; } = "/pos-sale";

    /// <summary>Per-attempt timeout of one HTTP call: sending, the headers and the whole body of the answer.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The default MaxAnswerBytes: 4 MB, far more than any answer of this API (a voucher list is a few KB).</summary>
    public const int DefaultMaxAnswerBytes = 4 * 1024 * 1024;

    /// <summary>
    /// The largest answer body read (DESIGN 19); a larger one is dropped where it passes the limit
    /// and the call fails ("the answer was larger than 4 MB"), a write as OutcomeUnknown. With
    /// Timeout, which covers the whole answer, a hostile server costs at most this memory and that time.
    /// </summary>
    public int MaxAnswerBytes { get; set; } = DefaultMaxAnswerBytes;

    /// <summary>GET attempts in all (first try included), with exponential backoff and jitter.</summary>
    public int MaxGetAttempts { get; set; } = 4;

    /// <summary>Bound on the time spent retrying one GET.</summary>
    public TimeSpan MaxRetryDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Longest server-given wait (Retry-After, X-RateLimit-Reset) the governor accepts; beyond it the call fails RateLimited.</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many times one request may meet a 429 before it fails RateLimited.</summary>
    public int MaxRateLimitRetries { get; set; } = 5;

    /// <summary>Called (on any thread) whenever the governor makes a request wait. Hosts marshal it.</summary>
    public Action<RateLimitNotice>? OnRateLimitWait { get; set; }

    /// <summary>
    /// Wraps the HTTP handler, e.g. to log each exchange (the CLI's --debug). The wrapper sees
    /// the Smart-Auth header: it must never show the key other than masked.
    /// </summary>
    public Func<System.Net.Http.HttpMessageHandler, System.Net.Http.HttpMessageHandler>? WrapHttpHandler { get; set; }

    /// <summary>Time source for waits and backoff; tests pass one that advances the mock server's clock instead of sleeping.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The company's name for its ledger (DESIGN 6); null: SMARTGIFT_COMPANY, else a fingerprint of the key (LedgerLocation).</summary>
    public string? Company { get; set; }

    /// <summary>The ledger file itself, instead of the one LedgerLocation names (tests, a ledger kept elsewhere).</summary>
    public string? LedgerPath { get; set; }
}

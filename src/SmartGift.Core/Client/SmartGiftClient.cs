namespace SmartGift;

/// <summary>
/// The Smart Gift API client. Every call goes through one request pipeline: headers, the
/// shared rate governor, retries, error mapping. Thread-safe; one instance per session.
/// Writes (sale, redeem, hold) are never re-sent once they may have reached the server.
/// Options are read once, when the client is created.
/// </summary>
public sealed class SmartGiftClient : IDisposable
{
    private static readonly TimeSpan HoldLifetime = TimeSpan.FromMinutes(5);

    private readonly RequestPipeline _pipeline;

    /// <exception cref="ArgumentException">The base URI is plain http to a host other than this machine.</exception>
    public SmartGiftClient(SmartGiftClientOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        CheckBaseUri(options.BaseUri);
        if (options.Timeout <= TimeSpan.Zero) throw new ArgumentException("Timeout must be positive.", nameof(options));
        if (options.MaxAnswerBytes <= 0) throw new ArgumentException("MaxAnswerBytes must be positive.", nameof(options));
        if (options.TimeProvider == null) throw new ArgumentException("TimeProvider is required.", nameof(options));
        // Waits reach the options callback and the RateLimitWaiting event (imports turn them into progress).
        _pipeline = new RequestPipeline(options, NotifyRateLimitWait);
    }

    public SmartGiftClientOptions Options { get; }

    /// <summary>
    /// Raised (on any thread) whenever the rate governor makes a request of this client wait.
    /// Imports subscribe to turn waits into progress events on their host's thread.
    /// </summary>
    public event Action<RateLimitNotice>? RateLimitWaiting;

    /// <summary>What a session's export shows of its client: where it talks to, with the key masked.</summary>
    public override string ToString() => Options.BaseUri + " (" + Options.ApiKey.Masked + ")";

    /// <summary>The shared governor of this key (tests and diagnostics).</summary>
    internal RateGovernor Governor => _pipeline.Governor;

    /// <summary>GET /vouchers, read leniently.</summary>
    public Task<ListResult<Voucher>> GetVouchersAsync(CancellationToken cancellationToken = default) =>
        _pipeline.SendAsync(ApiRequest.Get("/vouchers", "voucher list"), response => ListReader.Vouchers(response.Body, response.MediaType), cancellationToken);

    /// <summary>GET /payment-methods, read leniently.</summary>
    public Task<ListResult<PaymentMethod>> GetPaymentMethodsAsync(CancellationToken cancellationToken = default) =>
        _pipeline.SendAsync(ApiRequest.Get("/payment-methods", "payment method list"),
            response => ListReader.PaymentMethods(response.Body, response.MediaType), cancellationToken);

    /// <summary>
    /// POST the sale to Options.SalePath. Missing totals are filled in; a cart whose totals do
    /// not add up is refused (Validation) before anything is sent. Throws SmartGiftException
    /// (OutcomeUnknown when it may have been processed).
    /// </summary>
    public Task<SaleResponse> SellAsync(SaleRequest sale, CancellationToken cancellationToken = default)
    {
        if (sale == null) throw new ArgumentNullException(nameof(sale));
        SaleValidator.FillTotals(sale);
        var problems = SaleValidator.Validate(sale, "");
        if (problems.Count > 0) return Refuse<SaleResponse>("the sale (order_id " + sale.OrderId + ") was not sent: ", problems, NormalizedPath(Options.SalePath));
        return Answer<SaleResponse>.Settled(SellAnswerAsync(sale, WireJson.Body(sale), null, cancellationToken));
    }

    /// <summary>
    /// Sends a sale already validated and serialized (the bytes the journal hashed); the error is
    /// returned, not thrown. Hooks (a journaled import) for the Sending line and for stopping
    /// before the request leaves.
    /// </summary>
    internal Task<Answer<SaleResponse>> SellAnswerAsync(SaleRequest sale, byte[] body, WriteHooks? hooks, CancellationToken cancellationToken)
    {
        // A journaled import (hooks) names the order itself, in its result and error record: the message says it once (issue 21, finding 8).
        var request = ApiRequest.Post(NormalizedPath(Options.SalePath), body, hooks == null ? "sale (order_id " + sale.OrderId + ")" : "sale", hooks);
        return _pipeline.AnswerAsync(request, response => WriteAnswerReader.ReadSale(response.Body, response.MediaType), cancellationToken);
    }

    /// <summary>POST /redeem: Amount for a monetary voucher, or ExperienceBits (the bit_value sum) for an experience voucher.</summary>
    public Task<RedemptionResponse> RedeemAsync(RedeemRequest request, CancellationToken cancellationToken = default)
    {
        if (request == null) throw new ArgumentNullException(nameof(request));
        return Answer<RedemptionResponse>.Settled(RedeemAnswerAsync(request, null, cancellationToken));
    }

    /// <summary>POST /redeem with the error (a local refusal too) returned, not thrown: a journaled import's one outcome (hooks for the Sending line and for stopping before the request leaves).</summary>
    internal Task<Answer<RedemptionResponse>> RedeemAnswerAsync(RedeemRequest request, WriteHooks? hooks, CancellationToken cancellationToken)
    {
        var problems = RedeemValidator.Validate(request, "");
        if (problems.Count > 0) return Answer<RedemptionResponse>.Refused(Refusal("the redemption was not sent: ", problems, "/redeem"));

        var body = WireJson.Body(request);
        // A journaled import (hooks) names the voucher itself: the message says it once (see SellAnswerAsync).
        var what = hooks == null ? "redemption of " + request.VoucherNumber.Trim() : "redemption";
        return _pipeline.AnswerAsync(ApiRequest.Post("/redeem", body, what, hooks), response => WriteAnswerReader.ReadRedemption(response.Body, response.MediaType), cancellationToken);
    }

    /// <summary>POST /redeem/hold: a five-minute hold; ExpiresAt is the server's Date (or the local clock) plus five minutes.</summary>
    public Task<VoucherHold> HoldAsync(string voucherNumber, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(voucherNumber))
            return Refuse<VoucherHold>("the hold was not sent: ",
                [new RecordProblem("", "voucher_no", "voucher_no is required")], "/redeem/hold");
        var number = voucherNumber.Trim();
        var body = WireJson.Body(new HoldRequest(number));
        return _pipeline.SendAsync(ApiRequest.Post("/redeem/hold", body, "hold of " + number), response =>
        {
            var (message, token) = WriteAnswerReader.ReadHold(response.Body, response.MediaType);
            var now = response.RateLimit.Date ?? Options.TimeProvider.GetUtcNow();
            return new VoucherHold(number, token, message, now + HoldLifetime);
        }, cancellationToken);
    }

    public void Dispose() => _pipeline.Dispose();

    /// <summary>DESIGN 9: the key travels only over https, except to this machine (the mock server, a local proxy).</summary>
    private static void CheckBaseUri(Uri baseUri)
    {
        if (baseUri == null) throw new ArgumentNullException(nameof(baseUri));
        if (!baseUri.IsAbsoluteUri) throw new ArgumentException("The base URI must be absolute, e.g. https://api.smart-gift.co.uk/.", nameof(baseUri));
        if (!string.IsNullOrEmpty(baseUri.UserInfo)) throw new ArgumentException("The base URI must not contain a user name or password.", nameof(baseUri));
        if (baseUri.Scheme == Uri.UriSchemeHttps || (baseUri.Scheme == Uri.UriSchemeHttp && baseUri.IsLoopback)) return;
        if (baseUri.Scheme == Uri.UriSchemeHttp)
            throw new ArgumentException(
                "Plain http is refused for " + baseUri.Host + ": the API key would travel unencrypted. Use https, or http only to a loopback address (127.0.0.1, ::1, localhost).",
                nameof(baseUri));
        throw new ArgumentException("The base URI must use https (got " + baseUri.Scheme + ").", nameof(baseUri));
    }

    /// <summary>The one place a wait is announced: the options callback and the event.</summary>
    private void NotifyRateLimitWait(RateLimitNotice notice)
    {
        Options.OnRateLimitWait?.Invoke(notice);
        RateLimitWaiting?.Invoke(notice);
    }

    private static string NormalizedPath(string? path)
    {
        var trimmed = string.IsNullOrWhiteSpace(path) ? "/pos-sale" : path!.Trim();
        return trimmed.StartsWith("/", StringComparison.Ordinal) ? trimmed : "/" + trimmed;
    }

    /// <summary>A local refusal, thrown from the returned task.</summary>
    private static Task<T> Refuse<T>(string lead, IReadOnlyList<RecordProblem> problems, string path) where T : class =>
        Answer<T>.Settled(Answer<T>.Refused(Refusal(lead, problems, path)));

    /// <summary>A local refusal, in the same shape as the server's 422 (field: messages).</summary>
    private static SmartGiftError Refusal(string lead, IReadOnlyList<RecordProblem> problems, string path)
    {
        var fields = problems.GroupBy(p => p.Field)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Message).ToList());
        var more = problems.Count > 1 ? " (and " + (problems.Count - 1) + " more error" + (problems.Count > 2 ? "s" : "") + ")" : "";
        return new SmartGiftError(SmartGiftErrorKind.Validation, lead + problems[0].Message + more, fields, null, "POST", path);
    }
}

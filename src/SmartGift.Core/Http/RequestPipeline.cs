using System.Net.Http;
using System.Net.Http.Headers;
using Polly;

namespace SmartGift;

/// <summary>
/// The one path every call takes: retries (Polly: transient failures, and 429s waited out)
/// around attempts; each attempt asks the shared rate governor for a start, sends with the key
/// and standard headers under a per-attempt timeout, and classifies the answer. A call settles
/// as an Answer (value or SmartGiftError); SendAsync throws the error as SmartGiftException.
/// </summary>
internal sealed class RequestPipeline : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new MediaTypeHeaderValue("application/json");

    private readonly SmartGiftClientOptions _options;
    private readonly HttpClient _http;
    private readonly ResiliencePipeline<Attempt> _reads;
    private readonly ResiliencePipeline<Attempt> _writes;
    private readonly string _base;
    private readonly Action<RateLimitNotice>? _notify;

    // notify is told of every rate-limit wait (the client's event and its options callback).
    public RequestPipeline(SmartGiftClientOptions options, Action<RateLimitNotice> notify)
    {
        _options = options;
        _notify = notify;
        // No redirects: a custom auth header would follow one to any host. Plain http (loopback only) never goes through
        // a proxy (DESIGN 9): HTTP_PROXY, http_proxy or ALL_PROXY would receive the Smart-Auth header in clear; https may
        // use the system proxy, which then sees only the encrypted tunnel.
        HttpMessageHandler handler = new HttpClientHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = options.BaseUri.Scheme == Uri.UriSchemeHttps,
        };
        if (options.WrapHttpHandler != null) handler = options.WrapHttpHandler(handler);
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
        Governor = RateGovernorRegistry.For(options.BaseUri, options.ApiKey);
        _reads = RetryPipelines.Build(options, forWrites: false, Governor, _notify);
        _writes = RetryPipelines.Build(options, forWrites: true, Governor, _notify);
        _base = options.BaseUri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    internal RateGovernor Governor { get; }

    /// <summary>Every request carries it, so Smart Gift can tell this client's traffic apart.</summary>
    internal static readonly string UserAgent =
        "SmartGift/" + (typeof(RequestPipeline).Assembly.GetName().Version?.ToString(3) ?? "0.0.0")
        + " (+https://github.com/smartgift)";

    public Task<T> SendAsync<T>(ApiRequest request, Func<ApiResponse, T> read, CancellationToken cancellationToken) where T : class =>
        Answer<T>.Settled(AnswerAsync(request, read, cancellationToken));

    /// <summary>The call, settled: its answer, its error, or a journaled write's stop before it left (NotSent), returned. Only the caller's cancellation throws.</summary>
    public async Task<Answer<T>> AnswerAsync<T>(ApiRequest request, Func<ApiResponse, T> read, CancellationToken cancellationToken) where T : class
    {
        // A journaled write's stop ends its waits (the governor's, a 429's, a backoff), never a
        // request in the air: the exchange itself listens to the caller's token only.
        var stop = request.Hooks?.Stop ?? CancellationToken.None;
        using var waits = stop.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stop) : null;
        var sent = request with { SentPath = new Uri(_base + request.Path).AbsolutePath };
        var context = ResilienceContextPool.Shared.Get(waits?.Token ?? cancellationToken);
        context.Properties.Set(RetryPipelines.StartedAt, _options.TimeProvider.GetUtcNow());
        var state = new AttemptState<T>(this, sent, read, cancellationToken);
        Attempt attempt;
        try
        {
            var pipeline = request.IsWrite ? _writes : _reads;
            attempt = await pipeline.ExecuteAsync(
                static (ctx, s) => new ValueTask<Attempt>(s.Pipeline.AttemptAsync(s, ctx.CancellationToken)),
                context,
                state).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Stopped in a retry's delay: after a 429, or after a connection that was never made.
            var waitingFor = state.ThrottledInARow > 0 ? "the rate limit" : "a retry";
            attempt = Attempt.Stopped("stopped while waiting for " + waitingFor + "; the " + request.Description + " was not sent");
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
        // Cancelled or stopped as a 429's wait was due (Polly hands back the last answer then): nothing was processed.
        if (attempt.RateLimitWait != null) cancellationToken.ThrowIfCancellationRequested();
        var stopped = !stop.IsCancellationRequested ? null
            : attempt.RateLimitWait != null ? "stopped while waiting for the rate limit"
            : attempt.NeverSent ? "stopped before sending it again" : null;
        return stopped != null ? new Answer<T>(null, null, null, stopped + "; the " + request.Description + " was not sent")
            : new Answer<T>(attempt.Succeeded ? state.Value : null, attempt.Error, attempt.Cause, attempt.NotSent);
    }

    /// <summary>One attempt: the governor's start, one exchange, and what its answer means.</summary>
    private async Task<Attempt> AttemptAsync<T>(AttemptState<T> state, CancellationToken waitCancellation)
        where T : class
    {
        var request = state.Request;
        var cancellationToken = state.CallerCancellation;
        var stop = request.Hooks?.Stop ?? CancellationToken.None;
        RateLease lease;
        try
        {
            lease = await Governor.AcquireAsync(_options.TimeProvider, _notify, _options.MaxRateLimitWait, waitCancellation).ConfigureAwait(false);
        }
        catch (RateWaitTooLongException e)
        {
            var message = e.Message + "; the " + request.Description + " was not sent";
            return new Attempt(request.Error(SmartGiftErrorKind.RateLimited, message, null));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Attempt.Stopped("stopped while waiting for the rate limit; the " + request.Description + " was not sent");
        }

        ApiResponse response;
        using (lease)
        {
            if (request.Hooks != null)
            {
                // The last moment to stay: nothing new leaves once the run is stopping, or when its journal refuses.
                if (stop.IsCancellationRequested) return Attempt.Stopped("stopped before sending; the " + request.Description + " was not sent");
                if (request.Hooks.Leaving() is string refused) return Attempt.Stopped(refused);
            }
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            // The network's own clock: a per-attempt timeout is about real seconds, not the governor's time source.
            timeout.CancelAfter(_options.Timeout);
            try
            {
                response = await ExchangeAsync(request, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (AnswerTooLargeException e)
            {
                // Never retried: the next answer would be as large.
                var what = "the server answered " + e.StatusCode + " but " + e.Message;
                return request.AfterSending(what, e.StatusCode, e, readTransient: false);
            }
            catch (Exception e) when (e is HttpRequestException || e is IOException || e is OperationCanceledException || e is System.Net.Sockets.SocketException)
            {
                var timedOut = e is OperationCanceledException && timeout.IsCancellationRequested;
                return TransportFailure.Classify(request, e, timedOut, _options.Timeout, _options.ApiKey);
            }

            var serverWait = Governor.Observe(lease, response.StatusCode, response.RateLimit, _options.TimeProvider.GetUtcNow());
            if (response.StatusCode == 429)
            {
                // The server did not act, so even a write may go again after the wait (RateLimitRetry), if not too long.
                state.ThrottledInARow++;
                var wait = Governor.ThrottleWait(_options.TimeProvider);
                if (wait.Delay > _options.MaxRateLimitWait)
                    return new Attempt(request.Error(SmartGiftErrorKind.RateLimited, "the server asked to wait "
                        + Math.Ceiling((serverWait ?? wait.Delay).TotalSeconds) + " s (429), more than the "
                        + Math.Ceiling(_options.MaxRateLimitWait.TotalSeconds) + " s allowed (MaxRateLimitWait); the "
                        + request.Description + " was not processed", 429));
                return Attempt.Throttled(request.Error(SmartGiftErrorKind.RateLimited,
                    "the server answered 429 (too many requests) " + state.ThrottledInARow + " times in a row; the "
                    + request.Description + " was not processed", 429), wait);
            }
            state.ThrottledInARow = 0;
        }
        return AnswerClassifier.Classify(request, response, state.ReadAnswer, _options.ApiKey);
    }

    private async Task<ApiResponse> ExchangeAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(request.Method, new Uri(_base + request.Path));
        message.Headers.TryAddWithoutValidation("Smart-Auth", _options.ApiKey.Reveal());
        if (request.Body != null)
        {
            // No body (and so no Content-Type) on a GET: .NET Framework refuses to send one.
            message.Content = new ByteArrayContent(request.Body);
            message.Content.Headers.ContentType = Json;
        }

        using var answer = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var body = await ReadBodyAsync(answer, _options.MaxAnswerBytes, cancellationToken).ConfigureAwait(false);
        // Everything the server said is scrubbed once, here, so no later message can carry the key (DESIGN 9).
        var key = _options.ApiKey;
        var reason = answer.ReasonPhrase == null ? null : key.Redact(answer.ReasonPhrase);
        var text = Encoding.UTF8.GetString(body);
        var clean = key.Redact(text);
        // The same bytes when there was nothing to mask.
        var scrubbed = clean == text ? body : Encoding.UTF8.GetBytes(clean);
        return new ApiResponse((int)answer.StatusCode, reason, scrubbed, answer.Content.Headers.ContentType?.MediaType, RateLimitHeaders.From(answer.Headers));
    }

    /// <summary>
    /// At most limit bytes (DESIGN 19): a larger Content-Length is refused unread, a body that runs
    /// past it (chunked, endless) dropped there; the token's per-attempt timeout bounds its time.
    /// </summary>
    private static async Task<byte[]> ReadBodyAsync(HttpResponseMessage answer, int limit, CancellationToken cancellationToken)
    {
        var status = (int)answer.StatusCode;
        if (answer.Content.Headers.ContentLength is long declared && declared > limit) throw new AnswerTooLargeException(status, limit);
        using var stream = await answer.Content.ReadAsStreamAsync().ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit) throw new AnswerTooLargeException(status, limit);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public void Dispose() => _http.Dispose();

    /// <summary>One call's state across its attempts; the answer read stays typed (no object box cast back).</summary>
    private sealed class AttemptState<T>(
        RequestPipeline pipeline, ApiRequest request, Func<ApiResponse, T> read, CancellationToken callerCancellation)
        where T : class
    {
        public RequestPipeline Pipeline { get; } = pipeline;
        public ApiRequest Request { get; } = request;
        public T? Value { get; private set; }

        public void ReadAnswer(ApiResponse response) => Value = read(response);
        /// <summary>The caller's token: the only one an exchange in the air listens to.</summary>
        public CancellationToken CallerCancellation { get; } = callerCancellation;
        /// <summary>429s met one after another: the count in the message when no retry is left.</summary>
        public int ThrottledInARow { get; set; }
    }
}

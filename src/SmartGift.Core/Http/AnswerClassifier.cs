using static SmartGift.ApiRequest;
using static SmartGift.SmartGiftErrorKind;

namespace SmartGift;

/// <summary>
/// What an answer other than a 429 means: read, or an error of the right kind. For a write, anything that
/// does not prove the server refused it (5xx, 408, a redirect, an unreadable success) is OutcomeUnknown (DESIGN 5).
/// </summary>
internal static class AnswerClassifier
{
    public static Attempt Classify(ApiRequest request, ApiResponse response, Action<ApiResponse> read, ApiKey key)
    {
        var status = response.StatusCode;
        if (status >= 200 && status < 300)
        {
            try
            {
                read(response);
                return Attempt.Success;
            }
            catch (UnreadableBodyException e)
            {
                var answered = "the server answered " + status;
                if (request.IsWrite)
                {
                    var message = answered + " to the " + request.Description + " but " + e.Message + MayHaveBeenProcessed;
                    return new Attempt(request.Error(OutcomeUnknown, key.Redact(message), status), e);
                }
                var readMessage = key.Redact(answered + " but " + e.Message);
                return new Attempt(request.Error(ServerError, readMessage, status), e, Transient: true);
            }
        }

        var body = ErrorBody.Read(response.Body, response.MediaType);
        var serverMessage = body.Message == null ? null : key.Redact(body.Message);
        var said = serverMessage ?? Describe(response);
        var fields = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var field in body.FieldErrors) fields[key.Redact(field.Key)] = field.Value.Select(key.Redact).ToList();
        Attempt Failure(SmartGiftErrorKind kind, string message, bool transient = false, TimeSpan? retryAfter = null) =>
            new Attempt(request.Error(kind, key.Redact(message), status, fields), null, transient, RetryAfter: retryAfter);

        if (status == 401 || status == 403)
            return Failure(Unauthenticated, "the API key " + key.Masked + " was not accepted (" + status + " " + said + ")");

        if (status == 422)
            return Failure(UnprocessableMapper.KindOf(body),
                serverMessage ?? "the server refused the request (422) and " + Describe(response));

        var transientForRead = status == 408 || status >= 500;
        if (request.IsWrite && (transientForRead || status < 400))
            return Failure(OutcomeUnknown,
                "the server answered " + status + " (" + said + ") to the " + request.Description + MayHaveBeenProcessed);

        if (transientForRead)
            return Failure(ServerError, "the server failed (" + status + " " + said + ")", true,
                status == 503 ? response.RateLimit.RetryAfter : null);

        if (status < 400)
            return Failure(ServerError, "unexpected answer " + status + " " + response.ReasonPhrase + " (" + said + ")");

        // Any other 4xx (404 for a wrong SalePath, 400, 405...): the server refused the request.
        return Failure(Validation, "the server refused the request (" + status + " " + response.ReasonPhrase + "): " + said);
    }

    private static string Describe(ApiResponse response) => ResponseBody.Describe(response.Body, response.MediaType);
}

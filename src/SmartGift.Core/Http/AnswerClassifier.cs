
namespace SmartGift;

/// <summary>
/// Decides what an answer means (other than a 429, which the governor handles): read (into the
/// caller's typed state), or an error of the right kind. For a write, anything that does not prove the server refused it
/// (5xx, 408, a redirect, an unreadable success) is OutcomeUnknown (DESIGN 5).
/// </summary>
internal static class AnswerClassifier
{
    public static Attempt Classify(ApiRequest request, string method, string path, ApiResponse response, Action<ApiResponse> read, ApiKey key)
    {
        var status = response.StatusCode;
        if (status >= 200 && status < 300) return ReadSuccess(request, method, path, response, read, key);

        var body = ErrorBody.Read(response.Body, response.MediaType);
        var serverMessage = body.Message == null ? null : key.Redact(body.Message);
        var said = serverMessage ?? Describe(response);

        if (status == 401 || status == 403)
        {
            var message = "the API key " + key.Masked + " was not accepted (" + status + " " + said + ")";
            return Attempt.Failure(Error(SmartGiftErrorKind.Unauthenticated, message, key, body, status, method, path));
        }

        if (status == 422)
        {
            var kind = UnprocessableMapper.KindOf(body);
            return Attempt.Failure(Error(kind, serverMessage ?? "the server refused the request (422) and " + Describe(response), key, body, status, method, path));
        }

        var transientForRead = status == 408 || status >= 500;
        if (request.IsWrite && (transientForRead || status < 400))
        {
            var message = "the server answered " + status + " (" + said + ") to the " + request.Description
                + ": it may have been processed. Check Smart Gift before sending it again.";
            return Attempt.Failure(Error(SmartGiftErrorKind.OutcomeUnknown, message, key, body, status, method, path));
        }

        if (transientForRead)
        {
            var retryAfter = status == 503 ? response.RateLimit.RetryAfter : null;
            return Attempt.Failure(Error(SmartGiftErrorKind.ServerError, "the server failed (" + status + " " + said + ")", key, body, status, method, path), transient: true, retryAfter: retryAfter);
        }

        if (status < 400)
        {
            return Attempt.Failure(Error(SmartGiftErrorKind.ServerError, "unexpected answer " + status + " " + response.ReasonPhrase + " (" + said + ")", key, body, status, method, path));
        }

        // Any other 4xx (404 for a wrong SalePath, 400, 405...): the server refused the request.
        return Attempt.Failure(Error(SmartGiftErrorKind.Validation, "the server refused the request (" + status + " " + response.ReasonPhrase + "): " + said, key, body, status, method, path));
    }

    private static Attempt ReadSuccess(ApiRequest request, string method, string path, ApiResponse response, Action<ApiResponse> read, ApiKey key)
    {
        try
        {
            read(response);
            return Attempt.Success;
        }
        catch (UnreadableBodyException e)
        {
            if (request.IsWrite)
            {
                var message = "the server answered " + response.StatusCode + " to the " + request.Description + " but " + e.Message
                    + ": it may have been processed. Check Smart Gift before sending it again.";
                return Attempt.Failure(new SmartGiftError(SmartGiftErrorKind.OutcomeUnknown, key.Redact(message), null, response.StatusCode, method, path), e);
            }
            var readMessage = "the server answered " + response.StatusCode + " but " + e.Message;
            return Attempt.Failure(new SmartGiftError(SmartGiftErrorKind.ServerError, key.Redact(readMessage), null, response.StatusCode, method, path), e, transient: true);
        }
    }

    private static string Describe(ApiResponse response) => ResponseBody.Describe(response.Body, response.MediaType);

    private static SmartGiftError Error(SmartGiftErrorKind kind, string message, ApiKey key, ErrorBody body, int status, string method, string path)
    {
        var fields = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var field in body.FieldErrors) fields[key.Redact(field.Key)] = field.Value.Select(key.Redact).ToList();
        return new SmartGiftError(kind, key.Redact(message), fields, status, method, path);
    }
}

using System.Net.Sockets;
using System.Security.Authentication;

namespace SmartGift;

/// <summary>
/// Classifies an exception from sending: did the request certainly never leave (refused
/// connection, unknown host, TLS failure), or may it have reached the server (timeout,
/// dropped connection)? Only the first lets a write be re-sent.
/// </summary>
internal static class TransportFailure
{
    public static Attempt Classify(ApiRequest request, string method, string path, Exception failure, bool timedOut, TimeSpan timeout, ApiKey key)
    {
        if (!timedOut && WhyNeverSent(failure) is string why)
        {
            var message = "could not connect to the server (" + why + "); the " + request.Description + " was not sent";
            return Attempt.Failure(new SmartGiftError(SmartGiftErrorKind.Network, key.Redact(message), null, null, method, path), failure, transient: true, neverSent: true);
        }

        var what = timedOut
            ? "no answer came within " + Math.Round(timeout.TotalSeconds) + " s"
            : "the connection failed before a full answer came (" + key.Redact(Innermost(failure).Message) + ")";
        if (request.IsWrite)
        {
            var message = what + " after the " + request.Description + " was sent: it may have been processed. Check Smart Gift before sending it again.";
            return Attempt.Failure(new SmartGiftError(SmartGiftErrorKind.OutcomeUnknown, message, null, null, method, path), failure);
        }
        return Attempt.Failure(new SmartGiftError(SmartGiftErrorKind.ServerError, what, null, null, method, path), failure, transient: true);
    }

    /// <summary>Why the request certainly never left, or null when it may have.</summary>
    private static string? WhyNeverSent(Exception failure)
    {
        for (var e = failure; e != null; e = e.InnerException)
        {
            var why = e switch
            {
                SocketException socket => socket.SocketErrorCode switch
                {
                    SocketError.ConnectionRefused => "connection refused",
                    SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "host not found",
                    SocketError.HostUnreachable or SocketError.HostDown
                        or SocketError.NetworkUnreachable or SocketError.NetworkDown => "network unreachable",
                    SocketError.AddressNotAvailable or SocketError.AddressFamilyNotSupported => "address not usable",
                    _ => null,
                },
                // The TLS handshake comes before any byte of the request.
                AuthenticationException => "TLS handshake failed: " + e.Message,
                _ => null,
            };
            if (why != null) return why;
        }
        return null;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException != null) e = e.InnerException;
        return e;
    }
}

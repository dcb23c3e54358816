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
        if (!timedOut && NeverSent(failure, out var why))
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

    private static bool NeverSent(Exception failure, out string why)
    {
        for (var e = failure; e != null; e = e.InnerException)
        {
            if (e is SocketException socket)
            {
                switch (socket.SocketErrorCode)
                {
                    case SocketError.ConnectionRefused: why = "connection refused"; return true;
                    case SocketError.HostNotFound:
                    case SocketError.NoData:
                    case SocketError.TryAgain: why = "host not found"; return true;
                    case SocketError.HostUnreachable:
                    case SocketError.HostDown:
                    case SocketError.NetworkUnreachable:
                    case SocketError.NetworkDown: why = "network unreachable"; return true;
                    case SocketError.AddressNotAvailable:
                    case SocketError.AddressFamilyNotSupported: why = "address not usable"; return true;
                }
            }
            // The TLS handshake comes before any byte of the request.
            if (e is AuthenticationException) { why = "TLS handshake failed: " + e.Message; return true; }
        }
        why = "";
        return false;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException != null) e = e.InnerException;
        return e;
    }
}

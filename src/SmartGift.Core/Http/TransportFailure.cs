using System.Net.Sockets;
using System.Security.Authentication;

namespace SmartGift;

/// <summary>
/// An exception from sending: the request certainly never left (refused connection, unknown host,
/// TLS), which lets a write be re-sent, or it may have reached the server (timeout, dropped connection).
/// </summary>
internal static class TransportFailure
{
    public static Attempt Classify(ApiRequest request, Exception failure, bool timedOut, TimeSpan timeout, ApiKey key)
    {
        if (!timedOut && WhyNeverSent(failure) is string why)
        {
            var message = "could not connect to the server (" + why + "); the " + request.Description + " was not sent";
            return new Attempt(request.Error(SmartGiftErrorKind.Network, key.Redact(message), null), failure, true, NeverSent: true);
        }

        var what = timedOut
            ? "no answer came within " + Math.Round(timeout.TotalSeconds) + " s"
            : "the connection failed before a full answer came (" + key.Redact(failure.GetBaseException().Message) + ")";
        return request.AfterSending(what, null, failure, readTransient: true);
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
}

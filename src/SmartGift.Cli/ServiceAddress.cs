using System;
using System.Net;

namespace SmartGift.Cli
{
    /// <summary>The base URI from --base-url or --environment; plain http only to loopback (DESIGN 9).</summary>
    public static class ServiceAddress
    {
        public static Uri Resolve(string? baseUrl, string environment)
        {
            if (string.IsNullOrWhiteSpace(baseUrl))
                return (environment == "development" ? SmartGiftEnvironment.Development : SmartGiftEnvironment.Production).BaseUri();

            if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                throw CliException.Usage("--base-url '" + baseUrl + "' is not an absolute http(s) URL.");
            if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
                throw CliException.Usage("--base-url '" + baseUrl + "': plain http is refused except to a loopback address; use https.");
            return uri;
        }

        private static bool IsLoopback(Uri uri) =>
            uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}

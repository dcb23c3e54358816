using System;
using System.Collections.Concurrent;

namespace SmartGift.RateLimiting
{
    /// <summary>
    /// One governor per API key and host per process (DESIGN 7), shared by every client and
    /// thread. The key's text is never a dictionary key: a SHA-256 fingerprint stands for it.
    /// </summary>
    internal static class RateGovernorRegistry
    {
        private static readonly ConcurrentDictionary<string, RateGovernor> Governors = new ConcurrentDictionary<string, RateGovernor>(StringComparer.Ordinal);

        public static RateGovernor For(Uri baseUri, ApiKey apiKey)
        {
            var identity = baseUri.GetLeftPart(UriPartial.Authority).ToLowerInvariant() + "|" + apiKey.Fingerprint();
            return Governors.GetOrAdd(identity, _ => new RateGovernor());
        }
    }
}

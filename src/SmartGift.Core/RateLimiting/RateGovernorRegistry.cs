using System.Collections.Concurrent;

namespace SmartGift;

/// <summary>One governor per API key and host per process (DESIGN 7), keyed by a SHA-256 fingerprint, never the key.</summary>
internal static class RateGovernorRegistry
{
    private static readonly ConcurrentDictionary<string, RateGovernor> Governors = new ConcurrentDictionary<string, RateGovernor>(StringComparer.Ordinal);

    public static RateGovernor For(Uri baseUri, ApiKey apiKey) => Governors.GetOrAdd(Identity(baseUri, apiKey), _ => new RateGovernor());

    /// <summary>Drops what the process learnt about a key (tests reset their server between cases; clients made later get a fresh governor).</summary>
    internal static void Forget(Uri baseUri, ApiKey apiKey) => Governors.TryRemove(Identity(baseUri, apiKey), out _);

    private static string Identity(Uri baseUri, ApiKey apiKey) =>
        baseUri.GetLeftPart(UriPartial.Authority).ToLowerInvariant() + "|" + apiKey.Fingerprint();
}

namespace SmartGift;

/// <summary>DESIGN 9: the key travels only over https, except to this machine (the mock server, a local proxy).</summary>
internal static class BaseUriPolicy
{
    public static void Check(Uri baseUri)
    {
        if (baseUri == null) throw new ArgumentNullException(nameof(baseUri));
        if (!baseUri.IsAbsoluteUri) throw new ArgumentException("The base URI must be absolute, e.g. https://api.smart-gift.co.uk/.", nameof(baseUri));
        if (!string.IsNullOrEmpty(baseUri.UserInfo)) throw new ArgumentException("The base URI must not contain a user name or password.", nameof(baseUri));
        if (baseUri.Scheme == Uri.UriSchemeHttps) return;
        if (baseUri.Scheme == Uri.UriSchemeHttp)
        {
            if (baseUri.IsLoopback) return;
            throw new ArgumentException(
                "Plain http is refused for " + baseUri.Host + ": the API key would travel unencrypted. Use https, or http only to a loopback address (127.0.0.1, ::1, localhost).",
                nameof(baseUri));
        }
        throw new ArgumentException("The base URI must use https (got " + baseUri.Scheme + ").", nameof(baseUri));
    }
}

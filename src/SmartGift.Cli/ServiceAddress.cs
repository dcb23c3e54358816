using System.Net;

namespace SmartGift.Cli;

/// <summary>
/// The base URI from --base-url or --environment; plain http only to loopback (DESIGN 9). A URL
/// with a user name or password is refused, and never repeated with them in a message.
/// </summary>
internal static class ServiceAddress
{
    /// <param name="source">Where the URL came from, for messages: --base-url, SMARTGIFT_BASE_URL or a profile.</param>
    public static Uri Resolve(string? baseUrl, string environment, string source = "--base-url")
    {
        if (string.IsNullOrWhiteSpace(baseUrl))
            return (environment == "development" ? SmartGiftEnvironment.Development : SmartGiftEnvironment.Production).BaseUri();

        var shown = Shown(baseUrl!);
        if (baseUrl!.Any(VisibleText.NeedsEscape))
            throw CliException.Usage(source + " '" + VisibleText.Of(shown) + "' holds a control character; give the service's address only.");
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw CliException.Usage(source + " '" + shown + "' is not an absolute http(s) URL.");
        if (!string.IsNullOrEmpty(uri.UserInfo))
            throw CliException.Usage(source + " '" + shown + "' holds a user name or password; remove it. The API key comes from "
                + ApiKey.EnvironmentVariable + " or --api-key-stdin, never from the URL.");
        // The client joins paths to the base; a query or fragment would be dropped without a word, so it is refused (DESIGN 19).
        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || baseUrl!.Contains('?') || baseUrl.Contains('#'))
            throw CliException.Usage(source + " '" + VisibleText.Of(shown) + "' has a query (?...) or fragment (#...), which would be dropped; give the service's address only, e.g. https://api.smart-gift.co.uk.");
        var loopback = uri.IsLoopback
            || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
        if (uri.Scheme == Uri.UriSchemeHttp && !loopback)
            throw CliException.Usage(source + " '" + shown + "': plain http is refused except to a loopback address; use https.");
        return uri;
    }

    /// <summary>The URL as it may be shown: user name and password replaced by ***; not repeated at all if an '@' is still left (user info the pattern did not recognise).</summary>
    public static string Shown(string url)
    {
        var clean = SecretScrubber.WithoutUserInfo(url);
        return clean.Replace("***@", "").Contains('@') ? "(not repeated: it holds an '@')" : clean;
    }
}

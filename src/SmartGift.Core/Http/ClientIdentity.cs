using System.Reflection;

namespace SmartGift;

/// <summary>The User-Agent every request carries, so Smart Gift can tell this client's traffic apart.</summary>
internal static class ClientIdentity
{
    public static readonly string UserAgent = "SmartGift/" + Version() + " (+https://github.com/smartgift)";

    private static string Version()
    {
        var version = typeof(ClientIdentity).Assembly.GetName().Version;
        return version == null ? "0.0.0" : version.ToString(3);
    }
}

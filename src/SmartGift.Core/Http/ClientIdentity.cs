namespace SmartGift;

/// <summary>The User-Agent every request carries, so Smart Gift can tell this client's traffic apart.</summary>
internal static class ClientIdentity
{
    public static readonly string UserAgent =
        "SmartGift/" + (typeof(ClientIdentity).Assembly.GetName().Version?.ToString(3) ?? "0.0.0")
        + " (+https://github.com/smartgift)";
}

namespace SmartGift.MockServer.Faults;

/// <summary>The HTML a reverse proxy answers when the application behind it fails.</summary>
internal static class ProxyErrorPage
{
    public const int Status = 502;

    public const string Html =
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n" +
        "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
}

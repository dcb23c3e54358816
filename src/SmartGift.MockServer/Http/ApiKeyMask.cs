namespace SmartGift.MockServer.Http;

/// <summary>Shows an API key as sk_...abcd: enough to tell keys apart, never enough to use one.</summary>
internal static class ApiKeyMask
{
    public static string? Mask(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        var prefix = key.StartsWith("sk_", System.StringComparison.Ordinal) ? "sk_" : "";
        return key.Length < 8 ? prefix + "..." : prefix + "..." + key.Substring(key.Length - 4);
    }
}

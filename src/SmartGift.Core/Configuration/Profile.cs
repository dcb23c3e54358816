using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>
/// A named connection: which service (environment or base URL), which site, and where the key
/// comes from. The key itself is stored only when the operator asks for it (StoredKey). Written
/// by `smartgift profile add`, read by the CLI and by Connect-SgService -Profile: one
/// configuration for both hosts.
/// </summary>
internal sealed class Profile
{
    [JsonPropertyName("environment")] public string? Environment { get; set; }
    [JsonPropertyName("base_url")] public string? BaseUrl { get; set; }
    [JsonPropertyName("site_id")] public string? SiteId { get; set; }

    /// <summary>The name of an environment variable that holds the key.</summary>
    [JsonPropertyName("key_env")] public string? KeyEnvironmentVariable { get; set; }

    /// <summary>A command whose first line of output is the key (a password manager, a vault CLI).</summary>
    [JsonPropertyName("key_command")] public string? KeyCommand { get; set; }

    /// <summary>The key is piped in on each run (first line of standard input).</summary>
    [JsonPropertyName("key_stdin")] public bool KeyFromStdin { get; set; }

    /// <summary>The key in plain text; only with `profile add --store-key`, in a file only the owner can read.</summary>
    [JsonPropertyName("key")] public string? StoredKey { get; set; }

    /// <summary>Where the key comes from, for lists and --verbose; never the key itself.</summary>
    public string DescribeKeySource() =>
        KeyEnvironmentVariable != null ? "environment variable " + KeyEnvironmentVariable
        : KeyCommand != null ? "command: " + KeyCommand
        : KeyFromStdin ? "standard input"
        : StoredKey != null ? "stored in the profile (" + MaskedStoredKey(StoredKey) + ")"
        : "SMARTGIFT_API_KEY";

    private static string MaskedStoredKey(string stored)
    {
        try
        {
            return SmartGift.ApiKey.FromString(stored).Masked;
        }
        catch (ArgumentException)
        {
            return "not usable: it holds a line break, control character or space";
        }
    }

    public string DescribeService() => BaseUrl ?? Environment ?? "production";
}

namespace SmartGift.Cli;

/// <summary>
/// Where a command connects and as whom. Options on the command line win; then the chosen
/// profile (--profile, else SMARTGIFT_PROFILE); then SMARTGIFT_API_KEY / SMARTGIFT_SITE_ID;
/// then production. A chosen profile beats the environment variables, so one shell can serve
/// two companies without unsetting anything; except SMARTGIFT_BASE_URL, which beats the
/// profile's service (ServiceChoice), so a job is rehearsed against a mock server unedited.
/// </summary>
internal sealed record Connection(string? ProfileName, Profile? Profile, Uri BaseUri, string? SiteId)
{
    public static Connection Resolve(ParseResult parse, GlobalOptions options, string? siteOption = null)
    {
        var name = parse.GetValue(options.Profile);
        if (string.IsNullOrWhiteSpace(name)) name = Environment.GetEnvironmentVariable(ProfileFile.ProfileVariable);
        Profile? profile = null;
        if (!string.IsNullOrWhiteSpace(name))
        {
            ProfileNames.CheckProfile(name!, parse.GetValue(options.Profile) == null ? ProfileFile.ProfileVariable : "--profile");
            profile = ProfileStore.Default().Get(name!);
        }
        else name = null;

        var service = ServiceChoice.Resolve(parse.GetValue(options.BaseUrl), parse.GetValue(options.Environment), "--base-url", name, profile);
        var siteVariable = Environment.GetEnvironmentVariable("SMARTGIFT_SITE_ID");
        var site = siteOption ?? profile?.SiteId ?? (string.IsNullOrWhiteSpace(siteVariable) ? null : siteVariable);
        return new Connection(name, profile, ServiceAddress.Resolve(service.BaseUrl, service.Environment ?? "production", service.Origin), site);
    }

    /// <summary>--api-key-stdin first; else the profile's key source; else SMARTGIFT_API_KEY.</summary>
    public ApiKey ReadKey(bool apiKeyStdin, TextReader stdin) =>
        apiKeyStdin || Profile == null
            ? ApiKeySource.Read(apiKeyStdin, stdin)
            : ProfileKey.Read(ProfileName!, Profile, stdin);

    public string Describe(ApiKey key) =>
        (ProfileName != null ? "profile " + ProfileName + ": " : "") + BaseUri + ", site " + (SiteId ?? "(none)") + ", key " + key.Masked
        + (Profile != null ? " from " + Profile.DescribeKeySource() : "");
}

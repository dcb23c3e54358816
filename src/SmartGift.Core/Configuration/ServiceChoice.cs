namespace SmartGift;

/// <summary>
/// Which service a connection uses, first match wins: an option given on the command line (a base
/// URL or an environment), SMARTGIFT_BASE_URL, the profile's, production. The variable beats the
/// profile on purpose: a nightly job that names a profile is rehearsed against a mock server by
/// setting one variable, without editing the job. The same rule in the CLI and Connect-SgService.
/// </summary>
/// <param name="BaseUrl">A base URL to check and use; null means Environment (null: production).</param>
/// <param name="Environment">"production" or "development" (any case), or null for production.</param>
/// <param name="Origin">Where the choice came from, for messages: the option's name, the variable's, or "profile 'NAME'".</param>
internal sealed record ServiceChoice(string? BaseUrl, string? Environment, string Origin)
{
    public const string BaseUrlVariable = "SMARTGIFT_BASE_URL";

    /// <summary>baseUrl and environment are the host's options; baseUrlOption names the first (--base-url, -BaseUri).</summary>
    public static ServiceChoice Resolve(string? baseUrl, string? environment, string baseUrlOption, string? profileName, Profile? profile) =>
        Resolve(baseUrl, environment, baseUrlOption, profileName, profile, System.Environment.GetEnvironmentVariable(BaseUrlVariable));

    /// <summary>As the public Resolve, with SMARTGIFT_BASE_URL's value given: tests give it without touching the process's environment.</summary>
    internal static ServiceChoice Resolve(string? baseUrl, string? environment, string baseUrlOption, string? profileName, Profile? profile, string? fromVariable)
    {
        if (!string.IsNullOrWhiteSpace(baseUrl)) return new ServiceChoice(baseUrl, null, baseUrlOption);
        if (!string.IsNullOrWhiteSpace(environment)) return new ServiceChoice(null, environment, "environment option");
        if (!string.IsNullOrWhiteSpace(fromVariable)) return new ServiceChoice(fromVariable!.Trim(), null, BaseUrlVariable);
        if (profile != null && (profile.BaseUrl != null || profile.Environment != null))
            return new ServiceChoice(profile.BaseUrl, profile.Environment, "profile '" + profileName + "'");
        return new ServiceChoice(null, null, "default");
    }
}

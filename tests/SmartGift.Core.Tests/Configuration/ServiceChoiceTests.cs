
namespace SmartGift.Core.Tests.Configuration;

/// <summary>Which service a connection uses (issue 20, finding 6): an option, then SMARTGIFT_BASE_URL, then the profile's, then production; the same for both hosts.</summary>
public class ServiceChoiceTests
{
    private const string Mock = "http://127.0.0.1:5080/";
    private static readonly Profile Production = new Profile { Environment = "production" };
    private static readonly Profile Staging = new Profile { BaseUrl = "https://staging.example.co.uk/" };

    [Fact]
    public void The_variable_beats_the_profile_so_a_job_is_rehearsed_unedited()
    {
        var choice = ServiceChoice.Resolve(null, null, "--base-url", "nightly", Production, Mock);
        Assert.Equal(Mock, choice.BaseUrl);
        Assert.Equal(ServiceChoice.BaseUrlVariable, choice.Origin);
    }

    [Fact]
    public void An_option_beats_the_variable()
    {
        Assert.Equal("https://other.example.co.uk/", ServiceChoice.Resolve("https://other.example.co.uk/", null, "--base-url", null, null, Mock).BaseUrl);
        var environment = ServiceChoice.Resolve(null, "development", "--base-url", null, null, Mock);
        Assert.Null(environment.BaseUrl);
        Assert.Equal("development", environment.Environment);
    }

    [Fact]
    public void Without_option_or_variable_the_profile_decides_then_production()
    {
        var profile = ServiceChoice.Resolve(null, null, "-BaseUri", "staging", Staging, "  ");
        Assert.Equal("https://staging.example.co.uk/", profile.BaseUrl);
        Assert.Equal("profile 'staging'", profile.Origin);
        var none = ServiceChoice.Resolve(null, null, "-BaseUri", null, null, null);
        Assert.Null(none.BaseUrl);
        Assert.Null(none.Environment);
    }
}

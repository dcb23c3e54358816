namespace SmartGift.Cli.Tests;

/// <summary>Issue 11, finding 3: --base-url is refused with user info, and never repeated with a password (pure parsing: nothing connects).</summary>
public sealed class ServiceAddressTests
{
    [Theory]
    [InlineData("http://user:S3cretPw@198.51.100.7/", "http://***@198.51.100.7/")]
    [InlineData("https://user:S3cretPw@api.smart-gift.co.uk/", "https://***@api.smart-gift.co.uk/")]
    [InlineData("http://u:S3cretPw@x@127.0.0.1/", "(not repeated")]
    [InlineData("user:S3cretPw@host", "(not repeated")]
    public void A_url_with_user_info_is_refused_without_its_password(string url, string shown)
    {
        var e = Assert.Throws<CliException>(() => ServiceAddress.Resolve(url, "production"));

        Assert.Equal(2, e.ExitCode);
        Assert.DoesNotContain("S3cretPw", e.Message);
        Assert.Contains(shown, e.Message);
    }

    [Fact]
    public void An_ordinary_url_is_shown_as_given()
    {
        var e = Assert.Throws<CliException>(() => ServiceAddress.Resolve("http://api.example.com/", "production"));

        Assert.Contains("'http://api.example.com/'", e.Message);
    }
}

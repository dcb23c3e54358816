using System;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Client;

/// <summary>DESIGN 9: the key goes over https, or plain http to this machine only.</summary>
public class BaseUriPolicyTests
{
    private static SmartGiftClient Create(string uri) => new SmartGiftClient(new SmartGiftClientOptions(new Uri(uri), ApiKey.FromString(MockSeed.DemoKey)));

    [Theory]
    [InlineData("http://example.com/")]
    [InlineData("http://10.0.0.5:8080/")]
    [InlineData("http://localhost.example.com/")]
    public void Plain_http_to_another_host_is_refused_with_a_clear_message(string uri)
    {
        var e = Assert.Throws<ArgumentException>(() => Create(uri));
        Assert.Contains("Plain http is refused", e.Message);
        Assert.Contains("loopback", e.Message);
        Assert.DoesNotContain(MockSeed.DemoKey, e.Message);
    }

    [Theory]
    [InlineData("https://api.smart-gift.co.uk/")]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://127.4.5.6/")]
    [InlineData("http://localhost:8080/")]
    [InlineData("http://[::1]:8080/")]
    public void Https_anywhere_and_http_to_loopback_are_accepted(string uri)
    {
        using var client = Create(uri);
        Assert.Equal(new Uri(uri), client.Options.BaseUri);
    }

    [Fact]
    public void Other_schemes_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Create("ftp://127.0.0.1/"));
    }

    [Fact]
    public void The_user_agent_names_the_client_and_its_version()
    {
        var version = typeof(SmartGiftClient).Assembly.GetName().Version!.ToString(3);
        Assert.Equal("SmartGift/" + version + " (+https://github.com/smartgift)", SmartGift.RequestPipeline.UserAgent);
    }
}

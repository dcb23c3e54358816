
namespace SmartGift.Core.Tests.Sales;

public class MoneyTextTests
{
    [Theory]
    [InlineData("150.00", 150.00)]
    [InlineData("150", 150)]
    [InlineData("0.5", 0.5)]
    [InlineData(" 12.30 ", 12.30)]
    [InlineData("0", 0)]
    [InlineData("12.340", 12.34)]
    public void Accepts_plain_amounts(string text, double expected)
    {
        Assert.Equal((decimal)expected, MoneyText.Parse(text, out var reason));
        Assert.Null(reason);
    }

    [Theory]
    [InlineData("12.345", "more than two decimals")]
    [InlineData("-1.00", "negative")]
    [InlineData("abc", "is not an amount")]
    [InlineData("1,000.00", "no thousands separators")]
    [InlineData("12,50", "is not an amount")]
    [InlineData("£12.50", "currency")]
    [InlineData("1e3", "is not an amount")]
    [InlineData("+5", "is not an amount")]
    [InlineData("1000000.01", "more than 1000000.00")]
    [InlineData("99999999999999999999999999999999", "too large")]
    public void Refuses_with_a_reason_quoting_the_value(string text, string because)
    {
        Assert.Null(MoneyText.Parse(text, out var reason));
        Assert.Contains(because, reason);
        Assert.Contains("'" + text, reason);
    }

    [Fact]
    public void Zero_is_refused_when_the_amount_must_be_positive()
    {
        Assert.Null(MoneyText.Parse("0.00", out var reason, mustBePositive: true));
        Assert.Contains("more than 0", reason);
    }

    [Fact]
    public void Parses_and_formats_invariantly_under_a_comma_culture()
    {
        Cultures.Under("de-DE", () =>
        {
            Assert.Equal(150.5m, MoneyText.Parse("150.50", out _));
            Assert.Null(MoneyText.Parse("150,50", out _));
            Assert.Equal("1234.50", MoneyText.Format(1234.5m));
        });
    }
}


namespace SmartGift.Core.Tests.Sales;

public class ValueQuoteTests
{
    [Fact]
    public void Short_values_are_quoted_whole()
    {
        Assert.Equal("'12.345'", ValueQuote.Of("12.345"));
    }

    [Fact]
    public void Long_values_are_cut_and_their_length_given()
    {
        var quoted = ValueQuote.Of(new string('x', 1_000_000));
        Assert.True(quoted.Length < 80, quoted);
        Assert.Contains("1000000 characters", quoted);
    }

    [Fact]
    public void Newlines_stay_on_one_line()
    {
        Assert.Equal("'a\\nb\\r\\nc'", ValueQuote.Of("a\nb\r\nc"));
    }
}

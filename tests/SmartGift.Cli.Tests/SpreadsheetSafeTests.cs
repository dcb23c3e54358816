namespace SmartGift.Cli.Tests;

/// <summary>Issue 22 finding 13: a value starting with LF then = escaped the CSV-injection guard.</summary>
public sealed class SpreadsheetSafeTests
{
    [Theory]
    [InlineData("\n=HYPERLINK(\"http://evil\")")]
    [InlineData(" =1+1")]
    [InlineData("\u0000=1+1")]
    [InlineData("\u00a0=1+1")]
    [InlineData("\t=1")]
    [InlineData("=1")]
    public void A_cell_starting_with_white_space_or_a_control_character_is_neutralised(string text)
    {
        Assert.Equal("'" + text, CsvRecordWriter.SpreadsheetSafe(text, text));
    }

    [Theory]
    [InlineData("S-1001")]
    [InlineData("Confirmed")]
    public void Ordinary_text_is_left_alone(string text)
    {
        Assert.Equal(text, CsvRecordWriter.SpreadsheetSafe(text, text));
    }
}

using System.Linq;

namespace SmartGift.Core.Tests.Csv;

/// <summary>Issue 22 finding 13: 100,000 unknown header columns gave 100,000 warning lines; now one summary line.</summary>
public sealed class ManyUnknownColumnsTests
{
    [Fact]
    public void Many_unknown_columns_are_one_summary_warning()
    {
        var extra = string.Concat(Enumerable.Range(1, 100_000).Select(i => ",extra" + i));
        var (reader, rows) = CsvText.Read(CsvText.Lines(CsvText.Header + extra, CsvText.Row("1") + string.Concat(Enumerable.Repeat(",x", 100_000))));

        var warning = Assert.Single(reader.HeaderProblems);
        Assert.StartsWith("100000 unknown columns ignored: 'extra1', 'extra2'", warning);
        Assert.Contains("and 99995 more", warning);
        Assert.Single(rows);
    }

    [Fact]
    public void A_few_unknown_columns_are_still_named_one_by_one()
    {
        var (reader, _) = CsvText.Read(CsvText.Lines(CsvText.Header + ",colour,size", CsvText.Row("1") + ",red,L"));

        Assert.Equal(new[] { "unknown column 'colour' ignored", "unknown column 'size' ignored" }, reader.HeaderProblems);
    }
}

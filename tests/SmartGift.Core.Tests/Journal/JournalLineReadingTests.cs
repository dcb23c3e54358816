using System;
using System.Collections.Generic;

namespace SmartGift.Core.Tests.Journal;

/// <summary>
/// A hand-edited journal or ledger line is read field by field: a malformed field is left out (or
/// read as its raw text), never the whole line, and a line without event or key is not a record.
/// </summary>
public class JournalLineReadingTests
{
    [Fact]
    public void A_line_with_malformed_fields_keeps_the_fields_that_read()
    {
        var line = JournalLine.TryParse(
            "{\"at\":\"not a time\",\"event\":\"FAILED\",\"key\":1001,\"hash\":[1],\"amount\":\"12.50\",\"items\":\"2\","
            + "\"experience_bits\":3,\"voucher_no\":42,\"permanent\":\"yes\",\"redemption_ids\":[21,\"22\",true],"
            + "\"fields\":{\"a\":\"x1\",\"b\":7,\"a\":\"x2\"},\"message\":null,\"note\":{}}")!;

        Assert.Equal(JournalEvent.Failed, line.Event);
        Assert.Equal("1001", line.Key);
        Assert.Equal(default, line.At);
        Assert.Null(line.Hash);
        Assert.Null(line.Amount);
        Assert.Null(line.Items);
        Assert.Equal(3L, line.ExperienceBits);
        Assert.Equal("42", line.VoucherNumber);
        Assert.Null(line.Permanent);
        Assert.Equal(new[] { "21", "22", "true" }, line.RedemptionIds);
        Assert.Equal(new Dictionary<string, string> { ["a"] = "x2" }, line.Fields);
        Assert.Null(line.Message);
        Assert.Null(line.Note);
    }

    [Fact]
    public void A_line_with_good_fields_reads_them_all()
    {
        var line = JournalLine.TryParse(
            "{\"at\":\"2026-11-22T02:30:00.007Z\",\"event\":\"confirmed\",\"key\":\"k\",\"amount\":150.5,\"items\":2,\"permanent\":false}")!;

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 2, 30, 0, 7, TimeSpan.Zero), line.At);
        Assert.Equal(150.5m, line.Amount);
        Assert.Equal(2, line.Items);
        Assert.False(line.Permanent);
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("{\"key\":\"k\"}")]
    [InlineData("{\"event\":\"sending\"}")]
    [InlineData("{\"event\":\"teleported\",\"key\":\"k\"}")]
    [InlineData("{\"event\":true,\"key\":\"k\"}")]
    public void A_line_without_a_known_event_and_a_key_is_not_a_record(string json) => Assert.Null(JournalLine.TryParse(json));
}

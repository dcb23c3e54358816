using System;

namespace SmartGift.Core.Tests.Journal;

public sealed class ResumeDecisionTests
{
    private static readonly DateTimeOffset Day = new DateTimeOffset(2026, 11, 22, 1, 0, 0, TimeSpan.Zero);

    private static JournalEntry Entry(params JournalLine[] lines)
    {
        var entry = new JournalEntry("1001");
        foreach (var line in lines)
        {
            line.Key = "1001";
            line.At = Day;
            line.Hash ??= "h1";
            entry.Apply(line);
        }
        return entry;
    }

    private static ResumeDecision Decide(JournalEntry? entry, string hash = "h1", bool retryUnknown = false) =>
        ResumeDecision.Decide(entry, hash, retryUnknown, e => e.SmartGiftOrderId ?? "?");

    private static JournalLine Sending() => new JournalLine { Event = JournalEvent.Sending };

    [Fact]
    public void Never_sent_is_sent() => Assert.Equal(ResumeAction.Send, Decide(null).Action);

    [Fact]
    public void Confirmed_is_skipped_naming_the_order_and_day()
    {
        var d = Decide(Entry(Sending(), new JournalLine { Event = JournalEvent.Confirmed, SmartGiftOrderId = "oWg9LWe6G" }));
        Assert.Equal(ResumeAction.Skip, d.Action);
        Assert.Equal("confirmed as oWg9LWe6G on 2026-11-22", d.Detail);
    }

    [Fact]
    public void Confirmed_with_changed_content_is_a_conflict_that_says_so()
    {
        // Issue 10, finding 5: a quiet skip here let a changed file pass as a success.
        var d = Decide(Entry(Sending(), new JournalLine { Event = JournalEvent.Confirmed, SmartGiftOrderId = "oWg9LWe6G" }), hash: "h2");
        Assert.Equal(ResumeAction.Conflict, d.Action);
        Assert.Contains("changed", d.Detail);
        Assert.Contains("NOT sent", d.Detail);
    }

    [Fact]
    public void Failed_for_good_stays_failed_with_the_reason()
    {
        // Issue 10, finding 9: a rerun reported a refused order as skipped, exit 0.
        var d = Decide(Entry(Sending(), new JournalLine { Event = JournalEvent.Failed, ErrorKind = "VoucherInvalid", Message = "Sorry, that voucher number is invalid.", Permanent = true }));
        Assert.Equal(ResumeAction.StillFailed, d.Action);
        Assert.Contains("Sorry, that voucher number is invalid.", d.Detail);
    }

    [Fact]
    public void Failed_before_reaching_the_server_is_sent_again()
    {
        var d = Decide(Entry(Sending(), new JournalLine { Event = JournalEvent.Failed, ErrorKind = "Network", Message = "connection refused", Permanent = false }));
        Assert.Equal(ResumeAction.Send, d.Action);
    }

    [Fact]
    public void Refused_then_corrected_is_sent_again()
    {
        var d = Decide(Entry(Sending(), new JournalLine { Event = JournalEvent.Failed, ErrorKind = "Validation", Message = "bad", Permanent = true }), hash: "h2");
        Assert.Equal(ResumeAction.Send, d.Action);
    }

    [Fact]
    public void Unknown_stays_unknown_with_the_hint()
    {
        var d = Decide(Entry(Sending(), new JournalLine { Event = JournalEvent.Unknown, ErrorKind = "OutcomeUnknown", Message = "the connection dropped" }));
        Assert.Equal(ResumeAction.StillUnknown, d.Action);
        Assert.StartsWith("still unknown from a previous run", d.Detail);
        Assert.Contains("smartgift journal settle", d.Detail);
        Assert.Contains("Set-SgJournalRecord", d.Detail);
    }

    [Fact]
    public void A_sending_line_without_outcome_is_unknown()
    {
        var d = Decide(Entry(Sending()));
        Assert.Equal(ResumeAction.StillUnknown, d.Action);
        Assert.Contains("the run stopped before an answer was recorded", d.Detail);
    }

    [Fact]
    public void RetryUnknown_releases_unknown_records_only()
    {
        Assert.Equal(ResumeAction.ReleaseAndSend, Decide(Entry(Sending()), retryUnknown: true).Action);
        Assert.Equal(ResumeAction.Skip, Decide(Entry(Sending(), new JournalLine { Event = JournalEvent.Confirmed, SmartGiftOrderId = "X" }), retryUnknown: true).Action);
    }

    [Fact]
    public void A_released_record_with_no_attempt_since_is_sent()
    {
        var d = Decide(Entry(Sending(), new JournalLine { Event = JournalEvent.Released }));
        Assert.Equal(ResumeAction.Send, d.Action);
    }

    [Fact]
    public void A_failed_line_without_the_permanent_flag_counts_as_permanent()
    {
        var d = Decide(Entry(Sending(), new JournalLine { Event = JournalEvent.Failed, Message = "?" }));
        Assert.Equal(ResumeAction.StillFailed, d.Action);
    }
}

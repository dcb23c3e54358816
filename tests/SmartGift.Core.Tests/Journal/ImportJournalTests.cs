using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace SmartGift.Core.Tests.Journal;

public sealed class ImportJournalTests : IDisposable
{
    private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 11, 22, 2, 30, 0, TimeSpan.Zero);
    private readonly JournalFiles _files = new JournalFiles();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_new_journal_starts_with_its_header_and_each_line_is_on_disk_as_soon_as_it_is_appended()
    {
        var path = _files.PathFor("new.jsonl");
        using var journal = ImportJournal.Open(path, JournalKind.Sale, Now);

        var header = JsonDocument.Parse(JournalFiles.ReadShared(path).Split('\n')[0]).RootElement;
        Assert.Equal("smartgift-journal", header.GetProperty("format").GetString());
        Assert.Equal(1, header.GetProperty("version").GetInt32());
        Assert.Equal("sale", header.GetProperty("kind").GetString());
        Assert.Equal("2026-11-22T02:30:00.000Z", header.GetProperty("created").GetString());

        journal.Append(new JournalLine { At = Now, Event = JournalEvent.Sending, Key = "1001", Hash = "abc", Amount = 150.5m, Items = 1 });
        var lines = JournalFiles.ReadShared(path).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var sending = JsonDocument.Parse(lines[1]).RootElement;
        Assert.Equal("sending", sending.GetProperty("event").GetString());
        Assert.Equal("1001", sending.GetProperty("key").GetString());
        Assert.Equal("abc", sending.GetProperty("hash").GetString());
        Assert.Equal(150.50m, sending.GetProperty("amount").GetDecimal());

        journal.Append(new JournalLine { At = Now, Event = JournalEvent.Confirmed, Key = "1001", Hash = "abc", SmartGiftOrderId = "oWg9LWe6G" });
        var confirmed = JsonDocument.Parse(JournalFiles.ReadShared(path).Split('\n', StringSplitOptions.RemoveEmptyEntries)[2]).RootElement;
        Assert.Equal("confirmed", confirmed.GetProperty("event").GetString());
        Assert.Equal("oWg9LWe6G", confirmed.GetProperty("order_id").GetString());
    }

    [Fact]
    public void Two_paths_to_one_journal_file_are_one_journal_a_symlink_and_dot_dot()
    {
        // Finding 4 of issue 10: the lock was on the path text, so two runs through two paths sold twice.
        var path = _files.PathFor("linked.jsonl");
        var symlink = _files.PathFor("symlink.jsonl");
        File.CreateSymbolicLink(symlink, path);
        using var journal = ImportJournal.Open(path, JournalKind.Sale, Now);
        var dotDot = Path.Combine(Path.GetDirectoryName(path)!, "..", Path.GetFileName(Path.GetDirectoryName(path))!, "linked.jsonl");

        // Hard links meet the lock on the file itself, between processes (Cli.Tests JournalLinkTests).
        foreach (var other in new[] { symlink, dotDot })
        {
            var refused = Assert.Throws<JournalException>(() => ImportJournal.Open(other, JournalKind.Sale, Now).Dispose());
            Assert.Contains("in use by another import", refused.Message);
        }
    }

    [Fact]
    public void Reopening_replays_each_key_to_its_last_state()
    {
        var path = _files.PathFor("replay.jsonl");
        using (var journal = ImportJournal.Open(path, JournalKind.Sale, Now))
        {
            journal.Append(new JournalLine { At = Now, Event = JournalEvent.Sending, Key = "a", Hash = "h1" });
            journal.Append(new JournalLine { At = Now, Event = JournalEvent.Confirmed, Key = "a", Hash = "h1", SmartGiftOrderId = "SG1" });
            journal.Append(new JournalLine { At = Now, Event = JournalEvent.Sending, Key = "b", Hash = "h2" });
            journal.Append(new JournalLine { At = Now, Event = JournalEvent.Failed, Key = "b", Hash = "h2", ErrorKind = "VoucherInvalid", Message = "Sorry, that voucher number is invalid.", Permanent = true });
            journal.Append(new JournalLine { At = Now, Event = JournalEvent.Sending, Key = "c", Hash = "h3" });
        }

        using var reopened = ImportJournal.Open(path, JournalKind.Sale, Now);
        var contents = reopened.Contents;
        Assert.Equal(new[] { "a", "b", "c" }, contents.Entries.Select(e => e.Key));
        Assert.Equal(JournalEvent.Confirmed, contents.Find("a")!.State);
        Assert.Equal("SG1", contents.Find("a")!.SmartGiftOrderId);
        Assert.Equal(JournalEvent.Failed, contents.Find("b")!.State);
        Assert.True(contents.Find("b")!.Permanent);
        Assert.True(contents.Find("c")!.Interrupted);
        Assert.True(contents.Find("c")!.IsUnknown);
        Assert.Empty(contents.Notes);
        // Reopening does not write a second header.
        Assert.Single(File.ReadAllLines(path), l => l.Contains("smartgift-journal"));
    }

    [Fact]
    public void A_torn_last_line_is_ignored_with_a_note_and_the_next_line_starts_fresh()
    {
        var path = _files.Write("torn.jsonl",
            "{\"at\":\"2026-11-22T01:00:01.000Z\",\"event\":\"sending\",\"key\":\"a\",\"hash\":\"h1\"}",
            "{\"at\":\"2026-11-22T01:00:02.000Z\",\"event\":\"confirmed\",\"key\":\"a\",\"hash\":\"h1\",\"order_id\":\"SG1\"}");
        File.AppendAllText(path, "{\"at\":\"2026-11-22T01:00:03.000Z\",\"event\":\"sen"); // the crash hit mid-write

        using (var journal = ImportJournal.Open(path, JournalKind.Sale, Now))
        {
            Assert.Contains(journal.Contents.Notes, n => n.Contains("last line is incomplete") && n.Contains(path));
            Assert.Equal(JournalEvent.Confirmed, journal.Contents.Find("a")!.State);
            journal.Append(new JournalLine { At = Now, Event = JournalEvent.Sending, Key = "b", Hash = "h2" });
        }

        var lines = File.ReadAllLines(path);
        Assert.EndsWith("\"event\":\"sen", lines[3]);
        Assert.Equal("b", JsonDocument.Parse(lines[4]).RootElement.GetProperty("key").GetString());
        using var again = ImportJournal.Open(path, JournalKind.Sale, Now);
        Assert.True(again.Contents.Find("b")!.Interrupted);
        Assert.Contains(again.Contents.Notes, n => n.Contains("line 4"));
    }

    [Fact]
    public void A_second_run_on_a_journal_in_use_is_refused_naming_the_journal()
    {
        var path = _files.PathFor("busy.jsonl");
        using var first = ImportJournal.Open(path, JournalKind.Sale, Now);

        var refused = Assert.Throws<JournalException>(() => ImportJournal.Open(path, JournalKind.Sale, Now));
        Assert.Contains(Path.GetFullPath(path), refused.Message);
        Assert.Contains("in use by another import", refused.Message);
        // A dry run is refused too: it would read a journal that is being written.
        Assert.Throws<JournalException>(() => ImportJournal.OpenReadOnly(path, JournalKind.Sale));
    }

    [Fact]
    public void The_lock_is_released_when_the_run_ends()
    {
        var path = _files.PathFor("released.jsonl");
        ImportJournal.Open(path, JournalKind.Sale, Now).Dispose();
        using var second = ImportJournal.Open(path, JournalKind.Sale, Now);
        Assert.True(File.Exists(path + ".lock"));
    }

    [Fact]
    public void A_journal_of_the_other_kind_is_refused()
    {
        var path = _files.Write("sales.jsonl");
        var e = Assert.Throws<JournalException>(() => ImportJournal.Open(path, JournalKind.Redemption, Now));
        Assert.Contains("is a sale journal, not a redemption journal", e.Message);
        Assert.Contains(Path.GetFullPath(path), e.Message);
    }

    [Fact]
    public void A_journal_of_a_newer_version_is_refused()
    {
        var path = _files.PathFor("newer.jsonl");
        File.WriteAllText(path, "{\"format\":\"smartgift-journal\",\"version\":2,\"kind\":\"sale\",\"created\":\"2030-01-01T00:00:00Z\"}\n");
        var e = Assert.Throws<JournalException>(() => ImportJournal.Open(path, JournalKind.Sale, Now));
        Assert.Contains("newer", e.Message);
        Assert.Contains("version 2", e.Message);
        Assert.Single(File.ReadAllLines(path)); // nothing appended
    }

    [Fact]
    public void A_file_that_is_not_a_journal_is_refused_and_left_alone()
    {
        var path = _files.PathFor("orders.csv");
        File.WriteAllText(path, "order_id,voucher_id\n1001,270\n");
        var e = Assert.Throws<JournalException>(() => ImportJournal.Open(path, JournalKind.Sale, Now));
        Assert.Contains("not a SmartGift journal", e.Message);
        Assert.Equal("order_id,voucher_id\n1001,270\n", File.ReadAllText(path));
    }
}

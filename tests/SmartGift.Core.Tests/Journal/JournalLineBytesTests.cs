using System;
using System.Collections.Generic;

namespace SmartGift.Core.Tests.Journal;

/// <summary>
/// The exact text of journal and ledger lines, pinned from the hand-written writer they replace:
/// existing journals and ledgers hold these bytes, so a new writer must produce them unchanged.
/// </summary>
public class JournalLineBytesTests
{
    private static readonly DateTimeOffset At = new DateTimeOffset(2026, 11, 22, 3, 30, 0, 7, TimeSpan.FromHours(1));

    [Fact]
    public void A_sending_line_with_every_sale_field_keeps_its_bytes()
    {
        var line = new JournalLine
        {
            At = At, Event = JournalEvent.Sending, Key = "1001", Hash = "h1", Amount = 150.5m, Items = 2,
            Fields = new Dictionary<string, string> { ["cart.items.0.id"] = "a1", ["customer.name"] = "b2" },
        };

        Assert.Equal(
            "{\"at\":\"2026-11-22T02:30:00.007Z\",\"event\":\"sending\",\"key\":\"1001\",\"hash\":\"h1\",\"items\":2,\"amount\":150.5,\"fields\":{\"cart.items.0.id\":\"a1\",\"customer.name\":\"b2\"}}",
            line.ToJson());
    }

    [Fact]
    public void A_redemption_line_with_ids_bits_and_text_from_outside_keeps_its_bytes()
    {
        var line = new JournalLine
        {
            At = At, Event = JournalEvent.Confirmed, Key = "DEMO000006|1", Hash = "h2", Amount = 1.005m, ExperienceBits = 3,
            VoucherNumber = "DEMO000006", SiteId = "1", SmartGiftOrderId = "oWg9", RedemptionIds = new[] { "21", "22" },
            ErrorKind = "Validation", Message = "£5 <b>\"it's\" & +\n", Permanent = false, Note = "café", Decision = "found",
        };

        Assert.Equal(
            "{\"at\":\"2026-11-22T02:30:00.007Z\",\"event\":\"confirmed\",\"key\":\"DEMO000006|1\",\"hash\":\"h2\",\"amount\":1.00,\"experience_bits\":3,"
            + "\"voucher_no\":\"DEMO000006\",\"site_id\":\"1\",\"order_id\":\"oWg9\",\"redemption_ids\":[\"21\",\"22\"],\"error\":\"Validation\","
            + "\"message\":\"\\u00A35 \\u003Cb\\u003E\\u0022it\\u0027s\\u0022 \\u0026 \\u002B\\n\",\"permanent\":false,\"note\":\"caf\\u00E9\",\"decision\":\"found\"}",
            line.ToJson());
    }

    [Fact]
    public void A_bare_line_writes_only_time_event_and_key()
    {
        Assert.Equal(
            "{\"at\":\"2026-11-22T02:30:00.007Z\",\"event\":\"released\",\"key\":\"k\"}",
            new JournalLine { At = At, Event = JournalEvent.Released, Key = "k" }.ToJson());
    }

    [Fact]
    public void A_journal_header_keeps_its_bytes_with_and_without_its_ledger()
    {
        Assert.Equal(
            "{\"format\":\"smartgift-journal\",\"version\":1,\"kind\":\"redemption\",\"created\":\"2026-11-22T02:30:00.007Z\",\"ledger\":\"/data/caf\\u00E9\\u002Bs\\u0027 ledger.db\"}",
            JournalReader.HeaderJson(JournalKind.Redemption, At, "/data/café+s' ledger.db"));
        Assert.Equal(
            "{\"format\":\"smartgift-journal\",\"version\":1,\"kind\":\"sale\",\"created\":\"2026-11-22T02:30:00.007Z\"}",
            JournalReader.HeaderJson(JournalKind.Sale, At));
    }
}

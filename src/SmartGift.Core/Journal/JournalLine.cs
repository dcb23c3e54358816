using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace SmartGift.Journal
{
    /// <summary>
    /// One record line of a journal. Written by hand with Utf8JsonWriter so the format stays exactly
    /// as documented (docs/journal.md) whatever the models do; read leniently.
    /// </summary>
    internal sealed class JournalLine
    {
        public DateTimeOffset At { get; set; }
        public JournalEvent Event { get; set; }
        public string Key { get; set; } = "";
        /// <summary>Content hash of the record as sent (RecordKey.Hash).</summary>
        public string? Hash { get; set; }
        /// <summary>Sales: the order total; redemptions: the money value.</summary>
        public decimal? Amount { get; set; }
        public long? ExperienceBits { get; set; }
        public int? Items { get; set; }
        public string? VoucherNumber { get; set; }
        public string? SiteId { get; set; }
        /// <summary>Sales, Confirmed: the order id Smart Gift assigned.</summary>
        public string? SmartGiftOrderId { get; set; }
        /// <summary>Redemptions, Confirmed: the redemption ids.</summary>
        public IReadOnlyList<string>? RedemptionIds { get; set; }
        /// <summary>Failed/Unknown: the SmartGiftErrorKind name.</summary>
        public string? ErrorKind { get; set; }
        public string? Message { get; set; }
        public bool? Permanent { get; set; }
        public string? Note { get; set; }
        /// <summary>Sending: a short hash per field as sent (RecordKey.SaleFields), so a conflict can name what changed.</summary>
        public IReadOnlyDictionary<string, string>? Fields { get; set; }
        /// <summary>Settled: the operator's decision (found, absent, release).</summary>
        public string? Decision { get; set; }

        /// <summary>An operator's decision about a record, with its time (journal and ledger alike).</summary>
        public static JournalLine Settled(JournalEntry entry, JournalDecision decision, DateTimeOffset now, string? smartGiftOrderId, string? note)
        {
            var word = decision.ToString().ToLowerInvariant();
            return new JournalLine
            {
                At = now,
                Event = JournalEvent.Settled,
                Key = entry.Key,
                Hash = entry.Hash,
                Decision = word,
                SmartGiftOrderId = decision == JournalDecision.Found ? smartGiftOrderId?.Trim() : null,
                Note = note ?? "settled by the operator: " + word,
            };
        }

        public string ToJson()
        {
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer))
            {
                w.WriteStartObject();
                w.WriteString("at", At.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                w.WriteString("event", Event.ToString().ToLowerInvariant());
                w.WriteString("key", Key);
                if (Hash != null) w.WriteString("hash", Hash);
                if (Items != null) w.WriteNumber("items", Items.Value);
                if (Amount != null) w.WriteNumber("amount", decimal.Round(Amount.Value, 2));
                if (ExperienceBits != null) w.WriteNumber("experience_bits", ExperienceBits.Value);
                if (VoucherNumber != null) w.WriteString("voucher_no", VoucherNumber);
                if (SiteId != null) w.WriteString("site_id", SiteId);
                if (SmartGiftOrderId != null) w.WriteString("order_id", SmartGiftOrderId);
                if (RedemptionIds != null)
                {
                    w.WriteStartArray("redemption_ids");
                    foreach (var id in RedemptionIds) w.WriteStringValue(id);
                    w.WriteEndArray();
                }
                if (ErrorKind != null) w.WriteString("error", ErrorKind);
                if (Message != null) w.WriteString("message", Message);
                if (Permanent != null) w.WriteBoolean("permanent", Permanent.Value);
                if (Note != null) w.WriteString("note", Note);
                if (Decision != null) w.WriteString("decision", Decision);
                if (Fields != null)
                {
                    w.WriteStartObject("fields");
                    foreach (var pair in Fields) w.WriteString(pair.Key, pair.Value);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            return Encoding.UTF8.GetString(buffer.ToArray());
        }

        /// <summary>Null when the text is not a record line (the caller notes why).</summary>
        public static JournalLine? TryParse(JsonElement o)
        {
            if (o.ValueKind != JsonValueKind.Object) return null;
            var eventText = Text(o, "event");
            var key = Text(o, "key");
            if (eventText == null || key == null) return null;
            if (!Enum.TryParse(eventText, ignoreCase: true, out JournalEvent journalEvent)) return null;
            var line = new JournalLine
            {
                Event = journalEvent,
                Key = key,
                Hash = Text(o, "hash"),
                VoucherNumber = Text(o, "voucher_no"),
                SiteId = Text(o, "site_id"),
                SmartGiftOrderId = Text(o, "order_id"),
                ErrorKind = Text(o, "error"),
                Message = Text(o, "message"),
                Note = Text(o, "note"),
                Decision = Text(o, "decision"),
            };
            if (o.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Object)
            {
                var map = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var field in fields.EnumerateObject())
                    if (field.Value.ValueKind == JsonValueKind.String) map[field.Name] = field.Value.GetString()!;
                line.Fields = map;
            }
            if (DateTimeOffset.TryParse(Text(o, "at"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) line.At = at;
            if (o.TryGetProperty("amount", out var amount) && amount.ValueKind == JsonValueKind.Number) line.Amount = amount.GetDecimal();
            if (o.TryGetProperty("experience_bits", out var bits) && bits.ValueKind == JsonValueKind.Number) line.ExperienceBits = bits.GetInt64();
            if (o.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Number) line.Items = items.GetInt32();
            if (o.TryGetProperty("permanent", out var permanent) && (permanent.ValueKind == JsonValueKind.True || permanent.ValueKind == JsonValueKind.False)) line.Permanent = permanent.GetBoolean();
            if (o.TryGetProperty("redemption_ids", out var ids) && ids.ValueKind == JsonValueKind.Array)
            {
                var list = new List<string>();
                foreach (var id in ids.EnumerateArray()) list.Add(id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText());
                line.RedemptionIds = list;
            }
            return line;
        }

        private static string? Text(JsonElement o, string name) =>
            o.TryGetProperty(name, out var value)
                ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ValueKind == JsonValueKind.Number ? value.GetRawText() : null
                : null;
    }
}

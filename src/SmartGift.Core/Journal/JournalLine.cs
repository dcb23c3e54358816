using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>
/// One record line of a journal or the ledger: a typed record written by the generated
/// serializer (JournalJsonContext) in the format docs/journal.md documents, null fields left
/// out; read leniently. Its bytes are pinned (JournalLineBytesTests): ledgers and journals hold them.
/// </summary>
internal sealed class JournalLine
{
    [JsonIgnore] public DateTimeOffset At { get; set; }
    [JsonIgnore] public JournalEvent Event { get; set; }

    [JsonPropertyName("at")] public string AtText => TimeText(At);
    [JsonPropertyName("event")] public string EventText => Event.ToString().ToLowerInvariant();
    [JsonPropertyName("key")] public string Key { get; set; } = "";
    /// <summary>Content hash of the record as sent (RecordKey.Hash).</summary>
    [JsonPropertyName("hash")] public string? Hash { get; set; }
    [JsonPropertyName("items")] public int? Items { get; set; }
    /// <summary>Sales: the order total; redemptions: the money value.</summary>
    [JsonIgnore] public decimal? Amount { get; set; }
    [JsonPropertyName("amount")] public decimal? AmountText => Amount is decimal amount ? decimal.Round(amount, 2) : null;
    [JsonPropertyName("experience_bits")] public long? ExperienceBits { get; set; }
    [JsonPropertyName("voucher_no")] public string? VoucherNumber { get; set; }
    [JsonPropertyName("site_id")] public string? SiteId { get; set; }
    /// <summary>Sales, Confirmed: the order id Smart Gift assigned.</summary>
    [JsonPropertyName("order_id")] public string? SmartGiftOrderId { get; set; }
    /// <summary>Redemptions, Confirmed: the redemption ids.</summary>
    [JsonPropertyName("redemption_ids")] public IReadOnlyList<string>? RedemptionIds { get; set; }
    /// <summary>Failed/Unknown: the SmartGiftErrorKind name.</summary>
    [JsonPropertyName("error")] public string? ErrorKind { get; set; }
    [JsonPropertyName("message")] public string? Message { get; set; }
    [JsonPropertyName("permanent")] public bool? Permanent { get; set; }
    [JsonPropertyName("note")] public string? Note { get; set; }
    /// <summary>Settled: the operator's decision (found, absent, release).</summary>
    [JsonPropertyName("decision")] public string? Decision { get; set; }
    /// <summary>Sending: a short hash per field as sent (RecordKey.SaleFields), so a conflict can name what changed.</summary>
    [JsonPropertyName("fields")] public IReadOnlyDictionary<string, string>? Fields { get; set; }

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

    /// <summary>A time in a journal: UTC to the millisecond, always three decimals.</summary>
    public static string TimeText(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public string ToJson() => JsonSerializer.Serialize(this, JournalJsonContext.Default.JournalLine);

    /// <summary>A ledger row's line; null when it is not a record line. Text that is not JSON throws.</summary>
    public static JournalLine? TryParse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return TryParse(document.RootElement);
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
            Amount = Field(o, "amount", JsonValueKind.Number)?.GetDecimal(),
            ExperienceBits = Field(o, "experience_bits", JsonValueKind.Number)?.GetInt64(),
            Items = Field(o, "items", JsonValueKind.Number)?.GetInt32(),
            Permanent = (Field(o, "permanent", JsonValueKind.True) ?? Field(o, "permanent", JsonValueKind.False))?.GetBoolean(),
            RedemptionIds = Field(o, "redemption_ids", JsonValueKind.Array)?.EnumerateArray()
                .Select(id => id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText()).ToList(),
            // Text fields only; of a name written twice, the last.
            Fields = Field(o, "fields", JsonValueKind.Object)?.EnumerateObject()
                .Where(f => f.Value.ValueKind == JsonValueKind.String).GroupBy(f => f.Name, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Last().Value.GetString()!, StringComparer.Ordinal),
        };
        if (DateTimeOffset.TryParse(Text(o, "at"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) line.At = at;
        return line;
    }

    /// <summary>The property when it is of the kind given; a field of another kind is read as absent.</summary>
    private static JsonElement? Field(JsonElement o, string name, JsonValueKind kind) =>
        o.TryGetProperty(name, out var value) && value.ValueKind == kind ? value : null;

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ValueKind == JsonValueKind.Number ? value.GetRawText() : null
            : null;
}

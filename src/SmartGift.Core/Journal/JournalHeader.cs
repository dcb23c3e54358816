using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>
/// A journal's first line, a typed record written by the generated serializer
/// (JournalJsonContext); read, strictly, by JournalReader. Its bytes are pinned
/// (JournalLineBytesTests): every existing journal starts with one.
/// </summary>
internal sealed class JournalHeader
{
    public JournalHeader(JournalKind kind, DateTimeOffset created, string? ledger)
    {
        Kind = JournalReader.Name(kind);
        Created = JournalLine.TimeText(created);
        Ledger = ledger;
    }

    [JsonPropertyName("format")] public string Format { get; } = JournalReader.Format;
    [JsonPropertyName("version")] public int Version { get; } = JournalReader.Version;
    [JsonPropertyName("kind")] public string Kind { get; }
    [JsonPropertyName("created")] public string Created { get; }
    /// <summary>The ledger this journal is a readable copy of, when the run keeps one.</summary>
    [JsonPropertyName("ledger")] public string? Ledger { get; }
}

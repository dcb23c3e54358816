using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>
/// A journal's first line, a typed record written by the generated serializer
/// (JournalJsonContext); read, strictly, by JournalReader. Its bytes are pinned
/// (JournalLineBytesTests): every existing journal starts with one.
/// </summary>
internal sealed class JournalHeader(JournalKind kind, DateTimeOffset created, string? ledger)
{
    [JsonPropertyName("format")] public string Format { get; } = JournalReader.Format;
    [JsonPropertyName("version")] public int Version { get; } = JournalReader.Version;
    [JsonPropertyName("kind")] public string Kind { get; } = JournalReader.Name(kind);
    [JsonPropertyName("created")] public string Created { get; } = JournalLine.TimeText(created);
    /// <summary>The ledger this journal is a readable copy of, when the run keeps one.</summary>
    [JsonPropertyName("ledger")] public string? Ledger { get; } = ledger;
}

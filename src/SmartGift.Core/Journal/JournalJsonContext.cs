using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>The serializer of the journal's header and of journal and ledger lines, generated at build time; null fields are left out, as docs/journal.md shows.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JournalLine))]
[JsonSerializable(typeof(JournalHeader))]
internal sealed partial class JournalJsonContext : JsonSerializerContext
{
}

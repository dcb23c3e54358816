using System.Text.Json.Serialization;

namespace SmartGift.Journal
{
    /// <summary>The journal and ledger line's serializer, generated at build time; null fields are left out, as docs/journal.md shows.</summary>
    [JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(JournalLine))]
    internal sealed partial class JournalJsonContext : JsonSerializerContext
    {
    }
}

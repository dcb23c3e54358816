using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>One experience of a catalogue voucher; bit_value may be a number or a string.</summary>
internal sealed class ExperienceEntry : ListEntry
{
    [JsonPropertyName("bit_value")] [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] public long? BitValue { get; set; }

    /// <summary>Null with a problem line when the bit is missing or not a power of two: a redemption by name never uses a guessed bit.</summary>
    public Experience? ToExperience(string voucherId, string where, List<string> problems)
    {
        if (BitValue is not long bit || bit <= 0 || (bit & (bit - 1)) != 0)
        {
            problems.Add(where + ": " + (BitValue == null ? "it has no bit_value" : "bit_value " + BitValue + " is not a power of two") + "; left out");
            return null;
        }
        return new Experience { Id = Id, Name = VisibleText.Of(Name), BitValue = bit, VoucherId = voucherId, AdditionalFields = Extra! };
    }
}

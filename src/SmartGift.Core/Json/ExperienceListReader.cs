using System.Globalization;
using System.Text.Json;

namespace SmartGift.Json
{
    /// <summary>
    /// The experiences of one catalogue voucher. bit_value may be a number or a string. A broken
    /// experience is left out with a problem line, so that a redemption by name never uses a
    /// guessed bit; the voucher and its other experiences stay.
    /// </summary>
    internal static class ExperienceListReader
    {
        public static IReadOnlyList<Experience> Read(JsonElement list, string voucherId, string where, List<string> problems)
        {
            var experiences = new List<Experience>();
            if (list.ValueKind == JsonValueKind.Null) return experiences;
            if (list.ValueKind != JsonValueKind.Array)
            {
                problems.Add(where + ": experiences is " + ListEnvelope.Describe(list) + ", not a list; read as none");
                return experiences;
            }

            var index = 0;
            foreach (var entry in list.EnumerateArray())
            {
                var experience = ReadOne(entry, voucherId, out var failure);
                if (experience != null) experiences.Add(experience);
                else problems.Add(where + " experience " + index + ": " + failure + "; left out");
                index++;
            }
            return experiences;
        }

        private static Experience? ReadOne(JsonElement entry, string voucherId, out string? failure)
        {
            failure = null;
            if (entry.ValueKind != JsonValueKind.Object)
            {
                failure = "not an object (" + ListEnvelope.Describe(entry) + ")";
                return null;
            }

            var experience = new Experience { VoucherId = voucherId };
            var extra = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            var sawBit = false;
            foreach (var property in entry.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "id":
                        experience.Id = IdJson.Read(property.Value);
                        break;
                    case "name":
                        experience.Name = VoucherListReader.TextOf(property.Value) ?? "";
                        break;
                    case "bit_value":
                        sawBit = true;
                        if (TryReadBit(property.Value, out var bit)) experience.BitValue = bit;
                        else failure ??= "bit_value " + ListEnvelope.Show(property.Value) + " is not a power of two";
                        break;
                    default:
                        extra[property.Name] = property.Value.Clone();
                        break;
                }
            }
            if (failure == null && !sawBit) failure = "it has no bit_value";
            if (failure != null) return null;
            experience.AdditionalFields = extra;
            return experience;
        }

        private static bool TryReadBit(JsonElement value, out long bit)
        {
            bit = 0;
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out bit)) return IsPowerOfTwo(bit);
            if (value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString()!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out bit)) return IsPowerOfTwo(bit);
            return false;
        }

        private static bool IsPowerOfTwo(long value) => value > 0 && (value & (value - 1)) == 0;
    }
}

namespace SmartGift.Sales
{
    /// <summary>
    /// Longest text accepted in one field: the gift message may be long, everything else is a
    /// name, an id or an address line. A longer value is a problem for its row, never a crash.
    /// </summary>
    internal static class FieldLimits
    {
        public const int Message = 4000;
        /// <summary>A redemption's experience names, separated by ';'.</summary>
        public const int ExperienceList = 1000;
        public const int Other = 256;

        /// <summary>The limit for a column (snake_case CSV name or dotted API name).</summary>
        public static int For(string field) =>
            field == "message" || field.EndsWith(".message", StringComparison.Ordinal) ? Message : field == "experiences" ? ExperienceList : Other;

        public static string? Check(string? value, string field)
        {
            if (value == null) return null;
            var max = For(field);
            return value.Length > max ? "is " + value.Length + " characters long; at most " + max + " are allowed" : null;
        }
    }
}

namespace SmartGift.Cli;

/// <summary>
/// One of a few words in any case (`-o JSON` is `-o json`), as gh, az and kubectl take them; the command gets the listed word.
/// </summary>
internal static class Choice
{
    public static Option<T> OneOf<T>(this Option<T> option, params string[] values) where T : class?
    {
        option.HelpName ??= string.Join("|", values);
        option.CompletionSources.Add(values);
        option.CustomParser = result =>
        {
            if (result.Tokens.Count == 0) return option.HasDefaultValue ? (T)option.GetDefaultValue()! : null!;
            var given = result.Tokens[result.Tokens.Count - 1].Value;
            var match = values.FirstOrDefault(v => string.Equals(v, given, StringComparison.OrdinalIgnoreCase));
            if (match == null)
            {
                result.AddError("'" + given + "' is not a value of " + option.Name + ": use one of " + string.Join(", ", values) + ".");
                return null!;
            }
            return (T)(object)match;
        };
        return option;
    }
}

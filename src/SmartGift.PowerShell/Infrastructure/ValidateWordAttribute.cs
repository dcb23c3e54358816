namespace SmartGift.Commands;

/// <summary>
/// ValidateSet without its completion: accepts the words given (any letter case), and leaves Tab
/// to the parameter's ArgumentCompleter, which offers only the words a user should pick.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateWordAttribute(params string[] words) : ValidateArgumentsAttribute
{
    public IReadOnlyList<string> Words { get; } = words;

    protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
    {
        var value = arguments is PSObject wrapped ? wrapped.BaseObject : arguments;
        var text = value as string ?? value?.ToString();
        if (text != null && Words.Any(w => string.Equals(w, text, StringComparison.OrdinalIgnoreCase))) return;
        throw new ValidationMetadataException("'" + text + "' is not one of " + string.Join(", ", Words) + ".");
    }
}

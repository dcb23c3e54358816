namespace SmartGift.Commands;

/// <summary>Lists connected sessions (the API key shown masked only).</summary>
[Cmdlet(VerbsCommon.Get, "SgSession", DefaultParameterSetName = NameSet)]
[OutputType(typeof(SmartGiftSession))]
public sealed class GetSgSessionCommand : PSCmdlet
{
    private const string NameSet = "Name";
    private const string DefaultSet = "Default";

    [Parameter(Position = 0, ParameterSetName = NameSet), SupportsWildcards, ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(SessionNameCompleter))]
    public string[]? Name { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = DefaultSet)]
    public SwitchParameter Default { get; set; }

    protected override void EndProcessing()
    {
        if (Default)
        {
            if (SessionRegistry.Default is { } current) WriteObject(current);
            return;
        }

        var sessions = SessionRegistry.All;
        foreach (var name in Name ?? ["*"])
        {
            var pattern = new WildcardPattern(name, WildcardOptions.IgnoreCase);
            var matches = sessions.Where(s => pattern.IsMatch(s.Name)).ToList();
            if (matches.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(name))
            {
                WriteError(new ErrorRecord(new ItemNotFoundException("No SmartGift session is named '" + name + "'."), "SessionNotFound", ErrorCategory.ObjectNotFound, name));
            }
            WriteObject(matches, enumerateCollection: true);
        }
    }
}

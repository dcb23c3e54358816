namespace SmartGift.Commands;

/// <summary>Forgets a session (by name, or the object) and releases its client. Without arguments: the default session.</summary>
[Cmdlet(VerbsCommunications.Disconnect, "SgService", DefaultParameterSetName = NameSet)]
public sealed class DisconnectSgServiceCommand : PSCmdlet
{
    private const string NameSet = "Name";
    private const string SessionSet = "Session";

    [Parameter(Position = 0, ParameterSetName = NameSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(SessionNameCompleter))]
    public string[]? Name { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = SessionSet, ValueFromPipeline = true), ValidateNotNull]
    public SmartGiftSession? Session { get; set; }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == SessionSet)
        {
            Forget(Session!, Session!.Name);
            return;
        }

        if (Name == null)
        {
            if (SessionRegistry.Default is { } current) Forget(current, current.Name);
            else WriteError(NotFound("(default)", "Not connected: there is no default session to disconnect."));
            return;
        }

        foreach (var name in Name)
        {
            var session = SessionRegistry.Find(name);
            if (session == null) WriteError(NotFound(name, "No SmartGift session is named '" + name + "'. Run Get-SgSession to list them."));
            else Forget(session, name);
        }
    }

    private void Forget(SmartGiftSession session, string name)
    {
        if (!SessionRegistry.Remove(session))
        {
            WriteError(NotFound(name, "Session '" + name + "' is not connected (already disconnected?)."));
            return;
        }
        session.Dispose();
        WriteVerbose("Disconnected session '" + session.Name + "'.");
    }

    private static ErrorRecord NotFound(string name, string message) =>
        new ErrorRecord(new ItemNotFoundException(message), "SessionNotFound", ErrorCategory.ObjectNotFound, name);
}

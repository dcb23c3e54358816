using System.Security;

namespace SmartGift.Commands;

/// <summary>
/// Connects to Smart Gift: a session from an API key, checked by loading the catalogue and payment
/// methods (the cache of queries and tab completion), kept as the default session under its name.
/// </summary>
[Cmdlet(VerbsCommunications.Connect, "SgService", DefaultParameterSetName = EnvironmentVariableSet)]
[OutputType(typeof(SmartGiftSession))]
public sealed class ConnectSgServiceCommand : ApiCallCommand
{
    private const string EnvironmentVariableSet = "EnvironmentVariable";
    private const string ApiKeySet = "ApiKey";
    private const string CredentialSet = "Credential";
    private const string SecretSet = "Secret";

    [Parameter(Mandatory = true, ParameterSetName = ApiKeySet)]
    public SecureString? ApiKey { get; set; }

    /// <summary>The password is the API key; the user name is ignored.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CredentialSet), Credential]
    public PSCredential? Credential { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = SecretSet), ValidateNotNullOrEmpty]
    public string? SecretName { get; set; }

    [Parameter(ParameterSetName = SecretSet), ValidateNotNullOrEmpty]
    public string? Vault { get; set; }

    // A string with the enum's names, not the enum: PowerShell lays out the cmdlet types before the
    // module's resolver can load SmartGift.Core (docs/powershell.md, "Living beside other modules").
    [Parameter]
    [ValidateSet(nameof(SmartGiftEnvironment.Production), nameof(SmartGiftEnvironment.Development))]
    public string Environment { get; set; } = nameof(SmartGiftEnvironment.Production);

    [Parameter, ValidateNotNull]
    public Uri? BaseUri { get; set; }

    [Parameter, ValidateNotNullOrEmpty, Alias("site_id")]
    public string? SiteId { get; set; }

    [Parameter(Position = 0), ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(SessionNameCompleter))]
    public string Name { get; set; } = "Default";

    [Parameter, ValidateNotNullOrEmpty]
    public string? Company { get; set; }

    [Parameter, ValidateNotNullOrEmpty]
    public string? LedgerPath { get; set; }

    [Parameter, ValidateNotNullOrEmpty]
    public string? Profile { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void EndProcessing()
    {
        if (BaseUri != null && MyInvocation.BoundParameters.ContainsKey(nameof(Environment)))
        {
            ThrowTerminatingError(new ErrorRecord(new ArgumentException("Give -Environment or -BaseUri, not both."), "EnvironmentAndBaseUri", ErrorCategory.InvalidArgument, BaseUri));
        }

        Profile? profile = null;
        try
        {
            if (Profile != null) profile = ProfileFile.Default().Get(Profile);
        }
        catch (Exception e) when (e is ProfileFileException || e is System.IO.IOException || e is UnauthorizedAccessException)
        {
            ThrowTerminatingError(new ErrorRecord(e, "ProfileNotUsable", ErrorCategory.ObjectNotFound, Profile));
        }
        var key = ReadKey(profile);
        SmartGiftSession session;
        var origin = "-BaseUri";
        try
        {
            var options = ClientOptions(profile, key, out origin);
            options.Company = Company;
            options.LedgerPath = LedgerPath == null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(LedgerPath);
            LedgerLocation.Company(options); // a company name unfit for a file name is refused here
            session = new SmartGiftSession(options, Name, SiteId ?? profile?.SiteId);
        }
        catch (ArgumentException e)
        {
            // An address from SMARTGIFT_BASE_URL or a profile says so: a rehearsal's variable left set is then found at once.
            var shown = origin == "-BaseUri" ? e : new ArgumentException("The service address from " + origin + ": " + e.Message, e);
            ThrowTerminatingError(new ErrorRecord(shown, "InvalidConnection", ErrorCategory.InvalidArgument, BaseUri));
            return;
        }

        try
        {
            // Proves the key (a 401 here is better than in the middle of an import) and fills the cache.
            WriteVerbose("Loading the catalogue and payment methods of " + session);
            WatchRateLimit(session.Client);
            Await(session.GetVouchersAsync(refresh: true, Cancellation));
            Await(session.GetPaymentMethodsAsync(refresh: true, Cancellation));
        }
        catch (Exception e) when (e is SmartGiftException || e is OperationCanceledException)
        {
            session.Dispose();
            if (e is not SmartGiftException failure) return;
            // The address advice fits a host that cannot be reached; a refused key and the rate limit have their own.
            var action = failure.Kind == SmartGiftErrorKind.Unauthenticated || failure.Kind == SmartGiftErrorKind.RateLimited
                ? null
                : "Check the address (-BaseUri, or -Environment for the published hosts) and that this machine can reach it, then run Connect-SgService again.";
            var what = "Could not connect session '" + Name + "' to " + session.BaseUri;
            ThrowTerminatingError(SmartGiftErrorRecord.Create(failure.Error, Name, what, action));
            return;
        }

        foreach (var problem in session.ListProblems) WriteWarning(problem);
        // The session this one replaces is not disposed: sessions are process-wide, and a command in
        // another runspace (a thread job) may be sending through it right now. It is collected when unused.
        SessionRegistry.Add(session);
        WriteVerbose("Connected " + session + "; it is now the default session.");
        if (PassThru) WriteObject(session);
    }

    /// <summary>-BaseUri or -Environment as given; else SMARTGIFT_BASE_URL; else the profile's service; else Production (ServiceChoice, as the CLI).</summary>
    private SmartGiftClientOptions ClientOptions(Profile? profile, ApiKey key, out string origin)
    {
        var environment = MyInvocation.BoundParameters.ContainsKey(nameof(Environment)) ? Environment : null;
        var service = ServiceChoice.Resolve(BaseUri?.OriginalString, environment, "-BaseUri", Profile, profile);
        origin = service.Origin;
        if (service.BaseUrl != null)
        {
            if (!Uri.TryCreate(service.BaseUrl, UriKind.Absolute, out var uri))
                throw new ArgumentException("The base URI from " + service.Origin + " ('" + VisibleText.Of(service.BaseUrl) + "') is not an absolute http(s) URL.");
            return new SmartGiftClientOptions(uri, key);
        }
        if (!Enum.TryParse<SmartGiftEnvironment>(service.Environment ?? nameof(SmartGiftEnvironment.Production), ignoreCase: true, out var published))
            throw new ArgumentException("The environment '" + VisibleText.Of(service.Environment) + "' of " + service.Origin + " is not Production or Development.");
        return new SmartGiftClientOptions(published, key);
    }

    private ApiKey ReadKey(Profile? profile)
    {
        try
        {
            var key = ParameterSetName switch
            {
                ApiKeySet => SmartGift.ApiKey.FromSecureString(ApiKey!, "given to -ApiKey"),
                CredentialSet => SmartGift.ApiKey.FromSecureString(Credential!.Password, "given as the -Credential password"),
                SecretSet => VaultKey(SecretName!, Vault),
                _ => (profile == null ? null : ProfileKey(profile)) ?? SmartGift.ApiKey.FromEnvironment(),
            };
            if (key != null) return key;
            ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException("No API key: pass -ApiKey, -Credential, -SecretName or -Profile, or set the " + SmartGift.ApiKey.EnvironmentVariable + " environment variable."),
                "NoApiKey", ErrorCategory.AuthenticationError, null));
        }
        catch (ArgumentException e)
        {
            // An empty key, or one with a line break or control character; the message says where it came from, never the key.
            ThrowTerminatingError(new ErrorRecord(e, "InvalidApiKey", ErrorCategory.InvalidArgument, null));
        }
        return null!;
    }

    /// <summary>
    /// The profile's key (its environment variable or stored key); null when it names none. A key
    /// command or standard input is the CLI's to run: refused here with what to use instead.
    /// </summary>
    private ApiKey? ProfileKey(Profile profile)
    {
        var name = "profile '" + VisibleText.Of(Profile) + "'";
        if (profile.KeyEnvironmentVariable is string variable)
        {
            var value = System.Environment.GetEnvironmentVariable(variable);
            if (string.IsNullOrWhiteSpace(value))
                ThrowTerminatingError(new ErrorRecord(
                    new InvalidOperationException("No API key: " + name + " takes it from the environment variable " + VisibleText.Of(variable) + ", which is not set."),
                    "NoApiKey", ErrorCategory.AuthenticationError, Profile));
            return SmartGift.ApiKey.FromString(value!, "of " + name + " (environment variable " + VisibleText.Of(variable) + ")");
        }
        if (profile.KeyCommand != null || profile.KeyFromStdin)
            ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException("No API key: " + name + " takes it from " + VisibleText.Of(profile.DescribeKeySource())
                    + ", which only the smartgift CLI runs. Pass -SecretName (a SecretManagement vault) or -ApiKey with -Profile, or give the profile a key_env."),
                "ProfileKeySourceNotSupported", ErrorCategory.InvalidArgument, Profile));
        return profile.StoredKey is string stored ? SmartGift.ApiKey.FromString(stored, "stored in " + name) : null;
    }

    /// <summary>
    /// The key from a SecretManagement vault, by running Get-Secret in the caller's session: the
    /// module has no hard dependency on Microsoft.PowerShell.SecretManagement.
    /// </summary>
    private ApiKey VaultKey(string secretName, string? vault)
    {
        // Get-Command loads the module on demand when it is installed.
        var getSecret = InvokeCommand.InvokeScript("Get-Command -Name Get-Secret -ErrorAction SilentlyContinue");
        if (getSecret.Count == 0 || getSecret[0] == null)
        {
            ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException("-SecretName needs the Microsoft.PowerShell.SecretManagement module (Get-Secret), which is not installed. Install it (Install-PSResource Microsoft.PowerShell.SecretManagement) and register a vault, or pass -ApiKey, or set SMARTGIFT_API_KEY."),
                "SecretManagementNotInstalled", ErrorCategory.NotInstalled, secretName));
        }

        object? value;
        try
        {
            value = InvokeCommand.InvokeScript(
                "param($SecretName, $Vault) if ($Vault) { Get-Secret -Name $SecretName -Vault $Vault -ErrorAction Stop } else { Get-Secret -Name $SecretName -ErrorAction Stop }",
                secretName, vault).Select(o => o?.BaseObject).FirstOrDefault(o => o != null);
        }
        catch (RuntimeException e)
        {
            ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException("Could not read secret '" + secretName + "'" + (vault == null ? "" : " from vault '" + vault + "'") + ": " + e.Message, e),
                "SecretNotRead", ErrorCategory.ObjectNotFound, secretName));
            return null!;
        }

        var origin = "from secret '" + secretName + "'" + (vault == null ? "" : " in vault '" + vault + "'");
        switch (value)
        {
            case SecureString secure: return SmartGift.ApiKey.FromSecureString(secure, origin);
            case PSCredential credential: return SmartGift.ApiKey.FromSecureString(credential.Password, origin);
            case string text: return SmartGift.ApiKey.FromString(text, origin);
            default:
                ThrowTerminatingError(new ErrorRecord(
                    new InvalidOperationException("Secret '" + secretName + "' is " + (value == null ? "empty" : "a " + value.GetType().Name) + "; store the API key as a SecureString or string secret (Set-Secret -Name " + secretName + " -Secret (Read-Host -AsSecureString))."),
                    "SecretNotUsable", ErrorCategory.InvalidType, secretName));
                return null!;
        }
    }
}

using System.Security;

namespace SmartGift.Commands;

/// <summary>
/// Reads the API key from a SecretManagement vault by running Get-Secret in the caller's
/// session, so the module has no hard dependency on Microsoft.PowerShell.SecretManagement.
/// </summary>
internal static class VaultSecret
{
    public static ApiKey Read(PSCmdlet cmdlet, string secretName, string? vault)
    {
        // Get-Command loads the module on demand when it is installed.
        var getSecret = cmdlet.InvokeCommand.InvokeScript("Get-Command -Name Get-Secret -ErrorAction SilentlyContinue");
        if (getSecret.Count == 0 || getSecret[0] == null)
        {
            cmdlet.ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException("-SecretName needs the Microsoft.PowerShell.SecretManagement module (Get-Secret), which is not installed. Install it (Install-PSResource Microsoft.PowerShell.SecretManagement) and register a vault, or pass -ApiKey, or set SMARTGIFT_API_KEY."),
                "SecretManagementNotInstalled", ErrorCategory.NotInstalled, secretName));
        }

        System.Collections.ObjectModel.Collection<PSObject> found;
        try
        {
            found = cmdlet.InvokeCommand.InvokeScript(
                "param($SecretName, $Vault) if ($Vault) { Get-Secret -Name $SecretName -Vault $Vault -ErrorAction Stop } else { Get-Secret -Name $SecretName -ErrorAction Stop }",
                secretName, vault);
        }
        catch (RuntimeException e)
        {
            cmdlet.ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException("Could not read secret '" + secretName + "'" + (vault == null ? "" : " from vault '" + vault + "'") + ": " + e.Message, e),
                "SecretNotRead", ErrorCategory.ObjectNotFound, secretName));
            return null!;
        }

        var value = found.Select(o => o?.BaseObject).FirstOrDefault(o => o != null);
        var origin = "from secret '" + secretName + "'" + (vault == null ? "" : " in vault '" + vault + "'");
        switch (value)
        {
            case SecureString secure: return ApiKey.FromSecureString(secure, origin);
            case PSCredential credential: return ApiKey.FromSecureString(credential.Password, origin);
            case string text: return ApiKey.FromString(text, origin);
            default:
                cmdlet.ThrowTerminatingError(new ErrorRecord(
                    new InvalidOperationException("Secret '" + secretName + "' is " + (value == null ? "empty" : "a " + value.GetType().Name) + "; store the API key as a SecureString or string secret (Set-Secret -Name " + secretName + " -Secret (Read-Host -AsSecureString))."),
                    "SecretNotUsable", ErrorCategory.InvalidType, secretName));
                return null!;
        }
    }
}

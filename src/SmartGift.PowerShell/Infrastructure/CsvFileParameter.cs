namespace SmartGift.Commands;

/// <summary>
/// -Path of the Compare cmdlets: one CSV file on disk, resolved as PowerShell resolves paths
/// (relative to Get-Location, wildcards if they match one file); anything else ends the command
/// before a row is read.
/// </summary>
internal static class CsvFileParameter
{
    public static string Resolve(PSCmdlet cmdlet, string path)
    {
        System.Collections.ObjectModel.Collection<string> files;
        ProviderInfo provider;
        try
        {
            files = cmdlet.SessionState.Path.GetResolvedProviderPathFromPSPath(path, out provider);
        }
        catch (ItemNotFoundException e)
        {
            cmdlet.ThrowTerminatingError(Error(cmdlet, e, "FileNotFound", ErrorCategory.ObjectNotFound, path));
            return "";
        }
        if (provider.Name != "FileSystem" || files.Count != 1 || System.IO.Directory.Exists(files[0]))
            cmdlet.ThrowTerminatingError(Error(cmdlet, new ArgumentException("-Path '" + path + "' must name one CSV file on disk (it matches " + files.Count + " item(s) of the " + provider.Name + " provider)."),
                "NotOneFile", ErrorCategory.InvalidArgument, path));
        return files[0];
    }

    /// <summary>A file that cannot be read as written (encoding, separator), or read at all: a terminating error naming it.</summary>
    public static T Open<T>(PSCmdlet cmdlet, string file, Func<T> open)
    {
        try
        {
            return open();
        }
        catch (Exception e) when (e is CsvFileException || e is System.IO.IOException || e is UnauthorizedAccessException)
        {
            cmdlet.ThrowTerminatingError(Error(cmdlet, e, "CsvUnreadable", ErrorCategory.ReadError, file));
            return default!;
        }
    }

    private static ErrorRecord Error(PSCmdlet cmdlet, Exception e, string id, ErrorCategory category, string target) =>
        new ErrorRecord(e, id, category, target)
        {
            ErrorDetails = new ErrorDetails(cmdlet.MyInvocation.MyCommand.Name + " -Path " + target + ": " + e.Message),
        };
}

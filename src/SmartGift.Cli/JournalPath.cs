namespace SmartGift.Cli;

/// <summary>
/// Checks --journal before anything is sent, so a wrong path is a usage error in the
/// operator's terms, not an exception about the journal's lock file.
/// </summary>
internal static class JournalPath
{
    /// <summary>For an import: the journal may not exist yet, but its folder must.</summary>
    public static string? ForImport(string? path)
    {
        if (path == null) return null;
        RefuseFolder(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder != null && !Directory.Exists(folder))
            throw CliException.Usage("--journal '" + path + "': the folder '" + folder + "' does not exist. Create it, or give a journal path in an existing folder.");
        return path;
    }

    /// <summary>For a reconciliation: a missing journal is allowed (nothing was imported yet) but said out loud.</summary>
    public static string ForReading(string path, CommandContext context)
    {
        RefuseFolder(path);
        if (!File.Exists(path))
            context.Warn("warning: the journal '" + path + "' does not exist, so no order of the file can show as sent: every order will read NotSent. "
                + "Check the path if an import has run.");
        return path;
    }

    private static void RefuseFolder(string path)
    {
        if (Directory.Exists(path))
            throw CliException.Usage("--journal '" + path + "' is a folder; give a file path inside it, e.g. " + Path.Combine(path, "sales.journal.jsonl") + ".");
    }
}

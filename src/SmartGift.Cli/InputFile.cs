namespace SmartGift.Cli;

/// <summary>
/// File arguments checked up front: an unreadable file, or one refused as a whole (not UTF-8, another separator),
/// is one usage error (exit 2) naming the option that reads it, before anything is sent, not a crash mid-run.
/// `-` is standard input (StandardInput), read with the same encoding rules.
/// </summary>
internal static class InputFile
{
    public static bool IsStandardInput(string? path) => path == "-";

    public static string Describe(string path) => IsStandardInput(path) ? "standard input" : path;

    /// <summary>The source as the ledger records it: the full path, so it still says which file on another day.</summary>
    public static string Recorded(string path) => IsStandardInput(path) ? "standard input" : Path.GetFullPath(path);

    public static string RequireReadable(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw CliException.Usage("no input file given.");
        if (IsStandardInput(path)) return path;
        if (Directory.Exists(path)) throw CliException.Usage("'" + path + "' is a folder; give the CSV file inside it (or - to read standard input).");
        if (!File.Exists(path)) throw CliException.Usage("cannot read '" + path + "': the file does not exist.");
        // Not opened here: a FIFO or a process substitution can be read only once (it is opened when read).
        return path;
    }

    /// <summary>The file, or standard input for `-`: read once, with the same encoding rules (--encoding, byte order marks) and --delimiter.</summary>
    public static SaleCsvReader OpenSales(string path, CsvReadOptions reading, CancellationToken cancellation = default) =>
        Opened(path, () => IsStandardInput(path)
            ? SaleCsvReader.Open(StandardInput.Stream, reading) : SaleCsvReader.Open(path, reading), cancellation);

    public static RedemptionCsvReader OpenRedemptions(string path, CsvReadOptions reading, CancellationToken cancellation = default) =>
        Opened(path, () => IsStandardInput(path)
            ? RedemptionCsvReader.Open(StandardInput.Stream, reading) : RedemptionCsvReader.Open(path, reading), cancellation);

    /// <summary>
    /// Opening waits for a FIFO's writer and reads a pipe whole (and checks a file's encoding);
    /// it runs aside so that Ctrl+C or SIGTERM ends the wait at once (DESIGN 19).
    /// </summary>
    private static T Opened<T>(string path, Func<T> open, CancellationToken cancellation) where T : class, IDisposable
    {
        var shown = IsStandardInput(path) ? "standard input" : "'" + path + "'";
        var opening = Task.Run(open);
        try
        {
            opening.Wait(cancellation);
            return opening.Result;
        }
        catch (OperationCanceledException)
        {
            _ = opening.ContinueWith(t => t.Result.Dispose(), TaskContinuationOptions.OnlyOnRanToCompletion);
            throw;
        }
        catch (AggregateException wrapped) when (wrapped.InnerException is IOException || wrapped.InnerException is UnauthorizedAccessException)
        {
            var e = wrapped.InnerException;
            var remedy = e is CsvFileException file ? " " + Remedy(file) : "";
            throw CliException.Usage("cannot read " + shown + ": " + e.Message + remedy);
        }
    }

    /// <summary>
    /// --journal, checked before anything is sent, so a wrong path is a usage error in the operator's
    /// terms, not an exception about the journal's lock file. For an import it may not exist yet, but its folder must.
    /// </summary>
    public static string? JournalForImport(string? path)
    {
        if (path == null) return null;
        RefuseFolder(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder != null && !Directory.Exists(folder))
            throw CliException.Usage("--journal '" + path + "': the folder '" + folder + "' does not exist. Create it, or give a journal path in an existing folder.");
        return path;
    }

    /// <summary>For a reconciliation a missing journal is allowed (nothing was imported yet) but said out loud.</summary>
    public static string? JournalForReading(string? path, CommandContext context)
    {
        if (path == null) return null;
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

    private static string Remedy(CsvFileException e) => e.Problem switch
    {
        CsvFileProblem.NotUtf8 => "To read it as Windows-1252, add --encoding windows-1252.",
        CsvFileProblem.Utf8ReadAsOther => "Leave out --encoding (UTF-8 is the default).",
        CsvFileProblem.TooLarge => "",
        CsvFileProblem.Journal => "Give the CSV file the rows came from, and this file as --journal.",
        _ => "To read it so, add --delimiter " + (e.Delimiter == '\t' ? "tab" : e.Delimiter == ';' ? "';'" : e.Delimiter.ToString()) + ".",
    };
}

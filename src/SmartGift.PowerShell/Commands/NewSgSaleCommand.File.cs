namespace SmartGift.Commands;

/// <summary>
/// New-SgSale -Path / -LiteralPath: a sale CSV file read by Core's reader instead of Import-Csv objects. The
/// same orders, checks, journal and results as the pipeline form; it is faster on a large file
/// (no object and no property binding per row), and problems name the file's lines ("line 18").
/// </summary>
public sealed partial class NewSgSaleCommand
{
    private const string PathSet = "Path";
    private const string LiteralPathSet = "LiteralPath";

    [Parameter(ParameterSetName = PathSet, Mandatory = true, Position = 0), ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    [Parameter(ParameterSetName = LiteralPathSet, Mandatory = true), Alias("PSPath", "LP"), ValidateNotNullOrEmpty]
    public string? LiteralPath { get; set; }

    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralPathSet)]
    public char Delimiter { get; set; } = ',';

    /// <summary>The encoding of a file without a byte order mark: utf-8 (default; other text is refused) or windows-1252.</summary>
    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralPathSet)]
    [ValidateSet("utf-8", "windows-1252")]
    public string Encoding { get; set; } = "utf-8";

    /// <summary>Every row of the file, one Add each, results written as they are ready; Ctrl+C stops reading.</summary>
    private void SellFile()
    {
        using var reader = OpenFile(InputFile!);
        foreach (var problem in reader.HeaderProblems) WriteWarning(InputFile + ": " + problem);
        var lines = DataLines(InputFile!);
        if (lines > 0) KnownTotal = lines;
        using var rows = reader.ReadRows().GetEnumerator();
        while (!Stopping && !Cancellation.IsCancellationRequested && ReadNext(rows))
        {
            Records++;
            var row = rows.Current;
            RunImportStep(() => _import!.Add(row, Cancellation));
        }
    }

    /// <summary>
    /// The rows after the header, counted as line breaks before anything is sent, so progress has a total (an estimate:
    /// a quoted line break counts too); 0, no total, for what is not a regular file.
    /// </summary>
    private static long DataLines(string file)
    {
        try
        {
            // Only a regular file: a FIFO or a device reports no length, and is read once, by the import (DESIGN 19).
            if (new System.IO.FileInfo(file).Length == 0) return 0;
            using var reader = new StreamReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16));
            long lines = 0;
            while (reader.ReadLine() != null) lines++;
            return Math.Max(0, lines - 1);
        }
        catch (Exception e) when (e is System.IO.IOException || e is UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private bool ReadNext(IEnumerator<SaleRow> rows)
    {
        try
        {
            return rows.MoveNext();
        }
        catch (System.IO.IOException e)
        {
            // Orders already handed over are finished and journaled when the command ends (Dispose).
            ThrowTerminatingError(FileError(e, "CsvUnreadable", ErrorCategory.ReadError, "Fix the file and run the command again with the same -JournalPath: what was sent is not sent again."));
            return false;
        }
    }

    /// <summary>-Path or -LiteralPath as one file-system path; a missing file, a folder or several matches is a terminating error before anything is read.</summary>
    private string ResolveInputFile()
    {
        var path = ParameterSetName == LiteralPathSet ? LiteralPath! : Path!;
        System.Collections.ObjectModel.Collection<string> files;
        ProviderInfo provider;
        try
        {
            if (ParameterSetName == LiteralPathSet)
            {
                files = new System.Collections.ObjectModel.Collection<string> { SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out provider, out _) };
                if (!System.IO.File.Exists(files[0]) && !System.IO.Directory.Exists(files[0])) throw new ItemNotFoundException("Cannot find path '" + files[0] + "' because it does not exist.");
            }
            else files = SessionState.Path.GetResolvedProviderPathFromPSPath(path, out provider);
        }
        catch (ItemNotFoundException e)
        {
            ThrowTerminatingError(FileError(e, "FileNotFound", ErrorCategory.ObjectNotFound, "Check the path: it is read relative to the current location (Get-Location)."));
            return "";
        }
        if (provider.Name != "FileSystem")
            ThrowTerminatingError(FileError(new ArgumentException("'" + path + "' is not a file on disk (" + provider.Name + " provider)."), "NotAFile", ErrorCategory.InvalidArgument, "Give the path of a CSV file."));
        else if (files.Count == 0)
            ThrowTerminatingError(FileError(new ItemNotFoundException("'" + path + "' matches no file."), "FileNotFound", ErrorCategory.ObjectNotFound, "Check the path; for a name with [ ] in it, use -LiteralPath."));
        else if (files.Count != 1)
            ThrowTerminatingError(FileError(new ArgumentException("'" + path + "' matches " + files.Count + " files; -Path reads one file."), "SeveralFiles", ErrorCategory.InvalidArgument, "Name one file, or run the command once per file, each with its own -JournalPath."));
        else if (System.IO.Directory.Exists(files[0]))
            ThrowTerminatingError(FileError(new ArgumentException("'" + files[0] + "' is a folder."), "NotAFile", ErrorCategory.InvalidArgument, "Give the CSV file inside it."));
        return files.Count == 1 ? files[0] : "";
    }

    private SaleCsvReader OpenFile(string file)
    {
        var reading = new CsvReadOptions
        {
            Delimiter = Delimiter,
            // PowerShell 7 registers the code-page encodings; Windows PowerShell has them built in.
            Encoding = Encoding == "windows-1252" ? System.Text.Encoding.GetEncoding(1252) : null,
        };
        try
        {
            return SaleCsvReader.Open(file, reading);
        }
        // A CsvFileException (the file's encoding or separator) is an IOException.
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
        {
            ThrowTerminatingError(e switch
            {
                CsvFileException csv => FileError(e, "CsvUnreadable", ErrorCategory.InvalidData, Remedy(csv)),
                ArgumentException => FileError(e, "InvalidDelimiter", ErrorCategory.InvalidArgument,
                    "Use -Delimiter ',', ';', \"`t\" (tab) or '|'."),
                _ => FileError(e, "CsvUnreadable", ErrorCategory.ReadError, "Check that the file exists and can be read."),
            });
        }
        return null!;
    }

    private static string Remedy(CsvFileException e) => e.Problem switch
    {
        CsvFileProblem.NotUtf8 => "To read it as Windows-1252 (Excel's \"CSV (Comma delimited)\"), add -Encoding windows-1252.",
        CsvFileProblem.Utf8ReadAsOther => "Leave out -Encoding (UTF-8 is the default).",
        CsvFileProblem.Journal => "Give the CSV file the rows came from as -Path, and this file as -JournalPath.",
        _ => "To read it so, add -Delimiter " + (e.Delimiter == '\t' ? "\"`t\"" : "'" + e.Delimiter + "'") + ".",
    };

    private ErrorRecord FileError(Exception e, string id, ErrorCategory category, string action) =>
        PathError(e, id, category, Path ?? LiteralPath, InputFile ?? Path ?? LiteralPath, action);
}

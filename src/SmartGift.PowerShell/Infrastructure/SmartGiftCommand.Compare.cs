namespace SmartGift.Commands;

/// <summary>
/// The Compare cmdlets' one Begin/-Path/End around a Core reconciliation, where -JournalPath, -Path, -ReportPath and
/// -Summary mean the same; a partial class as SmartGiftCommand.Import.cs says. Each cmdlet declares the parameters.
/// </summary>
public abstract partial class SmartGiftCommand
{
    private IDisposable? _comparison;
    private ReconciliationReport? _report;
    private string? _ledgerPath;
    private string? _journalFile;
    private string? _sourceFile;
    private string? _reportPath;
    private bool _summaryOnly;

    /// <summary>The session's catalogue lists; null when not connected or not read (a warning then says why).</summary>
    private protected T? ReadCatalogue<T>(SmartGiftSession? session, Func<SmartGiftSession, T> read, Func<string, string> warning) where T : class
    {
        if (session == null) return null;
        WatchRateLimit(session.Client);
        try
        {
            return read(session);
        }
        catch (SmartGiftException e)
        {
            WriteWarning(warning(e.Error.Message));
            return null;
        }
    }

    /// <summary>BeginProcessing of a Compare cmdlet: it needs a ledger (a session) or a journal.</summary>
    private protected T OpenComparison<T>(SmartGiftSession? session, string? journalPath, string? path, string? reportPath, bool summaryOnly, string rows,
        Func<string?, string?, T> open) where T : class, IDisposable
    {
        var name = MyInvocation.MyCommand.Name;
        if (session == null && journalPath == null)
            ThrowTerminatingError(new ErrorRecord(new InvalidOperationException(name + " reads the company's ledger: connect first (Connect-SgService), or give the import's -JournalPath."),
                "NothingToCompare", ErrorCategory.InvalidOperation, null));
        _journalFile = ProviderPath(journalPath);
        _reportPath = reportPath;
        _summaryOnly = summaryOnly;
        if (path != null) _sourceFile = ResolveCsvFile(path);
        if (reportPath != null) _report = new ReconciliationReport("Smart Gift reconciliation of " + (_sourceFile == null ? rows : Path.GetFileName(_sourceFile)), DateTimeOffset.UtcNow);
        try
        {
            _ledgerPath = session == null ? null : LedgerLocation.For(session.Client.Options);
            return (T)(_comparison = open(_journalFile, _ledgerPath));
        }
        catch (IOException e)
        {
            ThrowJournalError(e, _journalFile);
            return null!;
        }
    }

    /// <summary>
    /// -Path: every row of the file, each compared as it is read; Ctrl+C stops reading. A file that cannot be read as
    /// written (encoding, separator), or read at all, is a terminating error naming it.
    /// </summary>
    private protected void CompareFile<TRow>(Func<string, CsvRowReader<TRow>> open, Action<TRow> compare)
    {
        var file = _sourceFile!;
        CsvRowReader<TRow> opened;
        try
        {
            opened = open(file);
        }
        catch (Exception e) when (e is CsvFileException || e is IOException || e is UnauthorizedAccessException)
        {
            ThrowTerminatingError(PathError(e, "CsvUnreadable", ErrorCategory.ReadError, file, file));
            return;
        }
        using var reader = opened;
        foreach (var problem in reader.HeaderProblems) WriteWarning(file + ": " + problem);
        foreach (var row in reader.ReadRows())
        {
            if (Stopping || Cancellation.IsCancellationRequested) break;
            compare(row);
        }
    }

    private protected void WriteCompared(IEnumerable<ReconciliationRow> rows)
    {
        foreach (var row in rows)
        {
            _report?.Add(_sourceFile, row, _journalFile);
            WriteCompared(row, row.OrderId + ": " + row.Status, row.Detail);
        }
    }

    private protected void WriteCompared(RedemptionReconciliationRow row)
    {
        _report?.Add(_sourceFile, row, _journalFile);
        WriteCompared(row, row.Reference + ": " + row.Status, row.Detail);
    }

    /// <summary>A row to the output; under -Summary only to the verbose stream (the page of -ReportPath has it either way).</summary>
    private void WriteCompared(object row, string status, string? detail)
    {
        if (_summaryOnly) WriteVerbose(status + (detail == null ? "" : " (" + detail + ")"));
        else WriteObject(row);
    }

    /// <summary>EndProcessing of a Compare cmdlet: the summary (information stream; the output under -Summary) and the -ReportPath page.</summary>
    private protected void EndComparison(ReconciliationSummary summary)
    {
        CompleteStatus();
        var name = MyInvocation.MyCommand.Name;
        WriteInformation(name + ": " + summary, new[] { "SmartGift", "Summary" });
        if (_report != null) WriteReport(_report, name);
        if (_summaryOnly) WriteObject(summary);
    }

    /// <summary>The page written at the end, with what was settled since the last report; its path on the information stream.</summary>
    private void WriteReport(ReconciliationReport report, string name)
    {
        var path = ProviderPath(_reportPath)!;
        try
        {
            report.ReadSettledSince(_ledgerPath);
            path = report.Write(path);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            var message = "The report " + path + " could not be written: " + e.Message;
            WriteError(SmartGiftErrorRecord.Of(e, "ReportNotWritten", ErrorCategory.WriteError, path, message));
            return;
        }
        WriteInformation(name + ": report " + path, new[] { "SmartGift", "Report" });
    }

    /// <summary>-Path: one CSV file on disk (wildcards if they match one file); anything else ends the command.</summary>
    private string ResolveCsvFile(string path)
    {
        System.Collections.ObjectModel.Collection<string> files;
        ProviderInfo provider;
        try
        {
            files = SessionState.Path.GetResolvedProviderPathFromPSPath(path, out provider);
        }
        catch (ItemNotFoundException e)
        {
            ThrowTerminatingError(PathError(e, "FileNotFound", ErrorCategory.ObjectNotFound, path, path));
            return "";
        }
        if (provider.Name != "FileSystem" || files.Count != 1 || Directory.Exists(files[0]))
            ThrowTerminatingError(PathError(new ArgumentException("-Path '" + path + "' must name one CSV file on disk (it matches " + files.Count + " item(s) of the " + provider.Name + " provider)."),
                "NotOneFile", ErrorCategory.InvalidArgument, path, path));
        return files[0];
    }

    /// <summary>A -Path or -LiteralPath problem: "New-SgSale -Path sales.csv: ...", naming the file as far as known.</summary>
    private protected ErrorRecord PathError(Exception e, string id, ErrorCategory category, object? target, string? shown,
        string? action = null)
    {
        var message = MyInvocation.MyCommand.Name + " -" + ParameterSetName + " " + shown + ": " + e.Message;
        return SmartGiftErrorRecord.Of(e, id, category, target, message, action);
    }
}

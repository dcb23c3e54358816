using Spectre.Console;

namespace SmartGift.Cli;

/// <summary>What one command run needs from the command line and the console.</summary>
internal sealed class CommandContext(ParseResult parse, GlobalOptions options, CancellationToken cancellation, Func<string?>? stoppedBy = null)
    : IDisposable
{
    private readonly object _errorLock = new object();
    private readonly string _format = parse.GetValue(options.Output) ?? "table"; // Choice gives the spelling --output lists

    public GlobalOptions Options => options;
    public CancellationToken Cancellation => cancellation;

    /// <summary>"Stopped by Ctrl+C. " or "Stopped by SIGTERM. ": the signal that asked, for the summary line (issue 21, finding 8).</summary>
    public string StoppedNote => "Stopped by " + (stoppedBy?.Invoke() ?? "Ctrl+C") + ". ";
    public bool Debug { get; } = parse.GetValue(options.Debug);
    public bool Verbose => Debug || parse.GetValue(options.Verbose);
    public bool Quiet => parse.GetValue(options.Quiet) && !Verbose;

    public RateLimitWaits Waits => _waits ??= new RateLimitWaits(Quiet ? null : Log);

    private RateLimitWaits? _waits;

    /// <summary>A person is watching standard output: live progress and Spectre tables are worth drawing.</summary>
    private static bool Interactive => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>A live progress display on the terminal: table output only (json and csv stay clean), not with --quiet or --verbose.</summary>
    public bool LiveProgress => _format == "table" && Interactive && !Quiet && !Verbose;

    /// <param name="single">The command has exactly one result (json writes an object, not an array).</param>
    public IRecordWriter CreateWriter(bool streaming, bool single = false) => _format switch
    {
        "json" => new JsonRecordWriter(Console.Out, lines: false, single),
        "jsonl" => new JsonRecordWriter(Console.Out, lines: true),
        "csv" => new CsvRecordWriter(Console.Out),
        _ => new TableRecordWriter(Console.Out, Interactive, streaming),
    };

    /// <summary>A command's results, all known at once (a table is laid out to fit them).</summary>
    public void Write(IEnumerable<OutputRecord> records, bool single = false)
    {
        using var writer = CreateWriter(streaming: false, single);
        foreach (var record in records) writer.Write(record);
        writer.Complete();
    }

    /// <summary>Summaries and notes: on stdout for tables, on stderr for json/csv so stdout stays machine-readable. None with --quiet.</summary>
    public void Note(string text)
    {
        if (Quiet) return;
        if (_format != "table") Warn(text);
        else if (Interactive) AnsiConsole.WriteLine(VisibleText.Lines(text));
        else Console.Out.WriteLine(VisibleText.Lines(text));
    }

    // Notes, warnings and log lines carry file names, values and server text: their control
    // characters are shown as \e, \u0000... (DESIGN 19); the host's own line breaks stay.

    /// <summary>A warning or error line on stderr (also with --quiet).</summary>
    public void Warn(string text)
    {
        lock (_errorLock) Console.Error.WriteLine(VisibleText.Lines(text));
    }

    /// <summary>"2026-11-22T03:04:05Z waiting 23 s for the rate limit" on stderr, readable in cron logs.</summary>
    public void Log(string text) => Warn(CellText.Of(DateTimeOffset.UtcNow) + " " + text);

    /// <summary>For --verbose and --debug only.</summary>
    public void Trace(string text)
    {
        if (Verbose) Log(text);
    }

    /// <summary>--ledger as given, else named from the connection's key and service (no request is made).</summary>
    public string LedgerPath()
    {
        var given = parse.GetValue(options.Ledger);
        if (!string.IsNullOrWhiteSpace(given)) return System.IO.Path.GetFullPath(given!);
        using var session = OpenSession();
        try
        {
            return LedgerLocation.For(session.Client.Options);
        }
        catch (ArgumentException e)
        {
            throw CliException.Usage(e.Message);
        }
    }

    public SmartGiftSession OpenSession(Connection? connection = null)
    {
        connection ??= Cli.Connection.Resolve(parse, options);
        var key = connection.ReadKey(parse.GetValue(options.ApiKeyStdin), StandardInput.Lines);
        Trace("connecting: " + connection.Describe(key));
        var clientOptions = new SmartGiftClientOptions(connection.BaseUri, key)
        {
            OnRateLimitWait = Waits.Started,
            Company = parse.GetValue(options.Company),
            LedgerPath = parse.GetValue(options.Ledger),
        };
        if (Debug) clientOptions.WrapHttpHandler = inner => new HttpExchangeLog(inner, Log, key.Masked);
        try
        {
            LedgerLocation.Company(clientOptions); // a company name unfit for a file name is a usage error here, before anything runs
            return new SmartGiftSession(clientOptions, "smartgift", connection.SiteId);
        }
        catch (ArgumentException e)
        {
            // Core refuses an unsafe address or option; that is a usage error, and its messages never hold the key.
            throw CliException.Usage(e.Message);
        }
    }

    public void Dispose() => _waits?.Dispose();
}

using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Threading;
using SmartGift.Cli.Output;
using Spectre.Console;

namespace SmartGift.Cli
{
    /// <summary>
    /// What one command run needs from the command line and the console: the output format,
    /// where notes go, the Ctrl+C token and a way to open a session.
    /// </summary>
    public sealed class CommandContext
    {
        private readonly GlobalOptions _options;
        private readonly ParseResult _parse;
        private readonly object _errorLock = new object();

        public CommandContext(ParseResult parse, GlobalOptions options, CancellationToken cancellation)
        {
            _parse = parse;
            _options = options;
            Cancellation = cancellation;
            Format = (parse.GetValue(options.Output) ?? "table") switch
            {
                "json" => OutputFormat.Json,
                "csv" => OutputFormat.Csv,
                _ => OutputFormat.Table,
            };
        }

        public OutputFormat Format { get; }
        public CancellationToken Cancellation { get; }
        public TextWriter Out => Console.Out;
        public TextWriter Error => Console.Error;

        /// <summary>A person is watching standard output: live progress and Spectre tables are worth drawing.</summary>
        public bool Interactive => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

        public IRecordWriter CreateWriter(bool streaming) => Format switch
        {
            OutputFormat.Json => new JsonLinesWriter(Out),
            OutputFormat.Csv => new CsvRecordWriter(Out),
            _ => new TableRecordWriter(Out, Interactive, streaming),
        };

        /// <summary>Summaries and notes: on stdout for tables, on stderr for json/csv so stdout stays machine-readable.</summary>
        public void Note(string text)
        {
            if (Format == OutputFormat.Table)
            {
                if (Interactive) AnsiConsole.WriteLine(text);
                else Out.WriteLine(text);
            }
            else
            {
                lock (_errorLock) Error.WriteLine(text);
            }
        }

        /// <summary>A warning or error line on stderr.</summary>
        public void Warn(string text)
        {
            lock (_errorLock) Error.WriteLine(text);
        }

        /// <summary>"2026-11-22T03:04:05Z waiting 23 s for the rate limit" on stderr, readable in cron logs.</summary>
        public void Log(string text)
        {
            var stamp = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            lock (_errorLock) Error.WriteLine(stamp + " " + text);
        }

        /// <param name="announceWaits">Log rate-limit waits here; imports report them as progress instead.</param>
        public SmartGiftSession OpenSession(bool announceWaits, string? defaultSiteId = null)
        {
            var baseUri = ServiceAddress.Resolve(_parse.GetValue(_options.BaseUrl), _parse.GetValue(_options.Environment) ?? "production");
            var key = ApiKeySource.Read(_parse.GetValue(_options.ApiKeyStdin), Console.In);
            var clientOptions = new SmartGiftClientOptions(baseUri, key);
            if (announceWaits) clientOptions.OnRateLimitWait = notice => Log(notice.Reason);
            try
            {
                return new SmartGiftSession(clientOptions, "smartgift", defaultSiteId ?? Environment.GetEnvironmentVariable("SMARTGIFT_SITE_ID"));
            }
            catch (ArgumentException e)
            {
                // Core refuses an unsafe address or option; that is a usage error, and its messages never hold the key.
                throw CliException.Usage(e.Message);
            }
        }
    }
}

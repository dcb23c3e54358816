namespace SmartGift.Cli;

/// <summary>`sale import` and `redeem import`: their shared options, and what both do around the import itself.</summary>
internal static class ImportCommand
{
    /// <param name="run">Runs the import of the checked file with the options given, in the session opened for it.</param>
    public static Command Create<TRequest>(
        CommandAction action, string description, string[] examples,
        Func<ParseResult, CommandContext, SmartGiftSession, string, ImportOptions<TRequest>, CsvReadOptions, ImportTally> run)
        where TRequest : class
    {
        var file = new Argument<string>("FILE") { Description = "The CSV file (columns in docs/csv-format.md)." };
        var journal = new Option<string?>("--journal")
        {
            Description = "Also write this run to a readable JSON Lines file (an existing journal is taken into the ledger). The ledger, not this file, keeps a rerun from sending twice.",
            HelpName = "PATH",
        };
        var noLedger = new Option<bool>("--no-ledger")
        {
            Description = "Do not consult or write the company's ledger (tests and one-off runs): nothing then stops a rerun from selling again.",
        };
        var retryUnknown = new Option<bool>("--retry-unknown")
        {
            Description = "Re-send EVERY record the journal says is Unknown (the count is shown first). To choose, use `smartgift journal settle` instead.",
        };
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "Validate every record and report what would be sent; send nothing, write no journal.",
        };
        var maxConcurrency = new Option<int>("--max-concurrency")
        {
            Description = "Requests in flight at once, within the rate limit.",
            HelpName = "N",
            DefaultValueFactory = _ => 4,
        };
        maxConcurrency.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value < 1 || value > 32) result.AddError("--max-concurrency must be between 1 and 32.");
        });
        var reading = new CsvFileOptions();
        var command = new Command("import", description)
            { file, journal, noLedger, retryUnknown, dryRun, maxConcurrency, reading.Encoding, reading.Delimiter }
            .WithExamples(examples);
        return action.Runs(command, (parse, context) =>
        {
            var path = InputFile.RequireReadable(parse.GetValue(file)!);
            var journalPath = InputFile.JournalForImport(parse.GetValue(journal));
            using var session = context.OpenSession();
            var retry = parse.GetValue(retryUnknown);
            if (retry)
            {
                // --retry-unknown releases every Unknown record: say how many first (DESIGN 6).
                var ledger = LedgerLocation.For(session.Client.Options);
                var count = LedgerRecords.CountUnknown(journalPath == null ? ledger : null, journalPath);
                context.Warn("--retry-unknown: releasing " + count + " Unknown record" + (count == 1 ? "" : "s") + " of " + (journalPath ?? ledger)
                    + " for sending again; any of them may already be in Smart Gift. To choose one by one, use `smartgift journal settle` instead.");
            }
            var tally = run(parse, context, session, path, new ImportOptions<TRequest>
            {
                JournalPath = journalPath,
                UseLedger = !parse.GetValue(noLedger),
                Source = InputFile.Recorded(path),
                RetryUnknown = retry,
                DryRun = parse.GetValue(dryRun),
                MaxConcurrency = parse.GetValue(maxConcurrency),
            }, reading.From(parse));
            // A file with no data rows is an error (a broken till export must not look fine to cron).
            if (tally.Results == 0)
                throw CliException.Usage(path + " has no data rows: nothing was sent. Check the export that wrote it (a file with only a header, or an empty one, is usually a broken export).");
            return Task.FromResult(tally.ExitCode(context.Cancellation.IsCancellationRequested));
        });
    }
}

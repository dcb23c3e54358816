using SmartGift.Cli.Running;

namespace SmartGift.Cli.Commands;

/// <summary>smartgift redeem import: bulk redemptions from CSV, journaled like sales.</summary>
internal static class RedeemImportCommand
{
    /// <summary>A file with no data rows is an error (a broken till export must not look fine to cron).</summary>
    public static CliException NoRows(string path) =>
        CliException.Usage(path + " has no data rows: nothing was sent. Check the export that wrote it (a file with only a header, or an empty one, is usually a broken export).");

    public static Command Create(CommandAction action)
    {
        var options = new ImportOptions();
        var command = new Command("import", "Redeem vouchers listed in a CSV file or - for standard input (reference, voucher_no, site_id, value, experiences, hold_token).")
            .WithExamples(
                "smartgift redeem import redemptions.csv --journal redemptions.journal.jsonl",
                "smartgift redeem import - --journal redemptions.journal.jsonl < redemptions.csv");
        options.AddTo(command);
        command.SetAction(action.For((parse, context) =>
        {
            var path = InputFile.RequireReadable(parse.GetValue(options.File)!);
            var journal = JournalPath.ForImport(parse.GetValue(options.Journal));
            using var session = context.OpenSession();
            ImportOptions.AnnounceRelease(context, session, journal, parse.GetValue(options.RetryUnknown));
            using var reader = InputFile.OpenRedemptions(path, options.Reading.From(parse), context.Cancellation);
            foreach (var problem in reader.HeaderProblems) context.Warn("warning: " + CsvSource.Describe(path) + ": " + problem);

            var dryRun = parse.GetValue(options.DryRun);
            var tally = ImportRun.Redemptions(context, session, reader.ReadRows(), new ImportOptions<RedeemRequest>
            {
                JournalPath = journal,
                UseLedger = !parse.GetValue(options.NoLedger),
                Source = CsvSource.Recorded(path),
                RetryUnknown = parse.GetValue(options.RetryUnknown),
                DryRun = dryRun,
                MaxConcurrency = parse.GetValue(options.MaxConcurrency),
            }, dryRun ? "Checking redemptions (dry run)" : "Redeeming");
            if (tally.Results == 0) throw NoRows(path);
            return Task.FromResult(tally.ExitCode(context.Cancellation.IsCancellationRequested));
        }));
        return command;
    }
}

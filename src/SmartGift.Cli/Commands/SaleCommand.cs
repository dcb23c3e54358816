using SmartGift.Cli.Running;

namespace SmartGift.Cli.Commands;

/// <summary>smartgift sale import: streams a CSV through SaleImport, one result per order.</summary>
internal static class SaleCommand
{
    public static Command Create(CommandAction action)
    {
        var options = new ImportOptions();
        var import = new Command("import", "Import voucher sales from a CSV file (or - for standard input), one order per run of rows with the same order_id.")
            .WithExamples(
                "smartgift sale import sales.csv --journal sales.journal.jsonl",
                "smartgift sale import sales.csv --journal sales.journal.jsonl --dry-run",
                "gunzip -c sales.csv.gz | smartgift sale import - --journal sales.journal.jsonl -o jsonl",
                "smartgift sale import sales.csv --journal sales.journal.jsonl --profile north -o json > results.json");
        options.AddTo(import);
        var noCatalogueCheck = new Option<bool>("--no-catalogue-check")
        {
            Description = "Send orders naming vouchers or payment methods the catalogue does not list as sellable (when the catalogue is known to be stale).",
        };
        import.Options.Add(noCatalogueCheck);
        import.SetAction(action.For((parse, context) =>
        {
            var path = InputFile.RequireReadable(parse.GetValue(options.File)!);
            var journal = JournalPath.ForImport(parse.GetValue(options.Journal));
            using var session = context.OpenSession();
            ImportOptions.AnnounceRelease(context, session, journal, parse.GetValue(options.RetryUnknown));
            var tally = ImportRun.Sales(context, session, path, new ImportOptions<SaleRequest>
            {
                JournalPath = journal,
                UseLedger = !parse.GetValue(options.NoLedger),
                Source = CsvSource.Recorded(path),
                RetryUnknown = parse.GetValue(options.RetryUnknown),
                DryRun = parse.GetValue(options.DryRun),
                MaxConcurrency = parse.GetValue(options.MaxConcurrency),
                CheckCatalogue = !parse.GetValue(noCatalogueCheck),
            }, reading: options.Reading.From(parse));
            if (tally.Results == 0) throw RedeemImportCommand.NoRows(path);
            return Task.FromResult(tally.ExitCode(context.Cancellation.IsCancellationRequested));
        }));

        return new Command("sale", "Voucher sales.") { import }
            .WithExamples("smartgift sale import sales.csv --journal sales.journal.jsonl");
    }
}

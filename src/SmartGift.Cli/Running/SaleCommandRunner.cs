using SmartGift.Cli.Output;

namespace SmartGift.Cli.Running;

/// <summary>
/// Runs `sale import` (and the demo's imports): reads the CSV file, feeds Core's SaleImport,
/// reports its results (ImportReporter) and prints the summary.
/// </summary>
internal static class SaleCommandRunner
{
    public static (ImportTally Tally, ImportSummary Summary) Run(
        CommandContext context, SmartGiftSession session, string csvPath, ImportOptions<SaleRequest> options, Action<ImportEvent>? observe = null,
        IRecordWriter? writer = null, CsvReadOptions? reading = null)
    {
        context.Trace("reading " + CsvSource.Describe(csvPath));
        using var reader = InputFile.OpenSales(csvPath, reading ?? new CsvReadOptions(), context.Cancellation);
        foreach (var problem in reader.HeaderProblems) context.Warn("warning: " + CsvSource.Describe(csvPath) + ": " + problem);

        using var import = new SaleImport(session, options);
        var events = ImportEvents.Of(reader.ReadRows(), (row, token) => import.Add(row, token), import.Complete, context.Cancellation);
        using var output = writer ?? context.CreateWriter(streaming: true);
        try
        {
            var tally = new ImportReporter(context).Report(events, output, options.DryRun ? "Checking sales (dry run)" : "Importing sales", observe);
            return (tally, import.Summary);
        }
        finally
        {
            // Also when the run stops on a fatal error (401): the operator sees what was done before it.
            var summary = import.Summary;
            context.Note((context.Cancellation.IsCancellationRequested ? context.StoppedNote : "")
                + (options.DryRun ? "Dry run, nothing sent. " : "")
                + "Orders: " + summary
                + (summary.RateLimitWaits > 0 ? "; " + summary.RateLimitWaits + " rate-limit waits" : "")
                + (import.StopReason != null ? ". Stopped sending: " + import.StopReason : ""));
        }
    }
}

using SmartGift.Cli.Output;

namespace SmartGift.Cli.Running;

/// <summary>
/// Runs `redeem` and `redeem import` (and the demo's redemptions): feeds Core's RedemptionImport
/// one redemption typed on the command line or a CSV file's rows, reports its results
/// (ImportReporter) and, for a journaled import, prints the summary.
/// </summary>
internal static class RedemptionCommandRunner
{
    public static ImportTally Run(
        CommandContext context, SmartGiftSession session, IEnumerable<RedemptionRow> rows, ImportOptions<RedeemRequest> options,
        string activity, Action<ImportEvent>? observe = null, bool single = false, IRecordWriter? writer = null)
    {
        using var import = new RedemptionImport(session, options);
        var events = ImportEvents.Of(rows, (row, token) => import.Add(row, token), import.Complete, context.Cancellation);
        using var output = writer ?? context.CreateWriter(streaming: true, single);
        try
        {
            return new ImportReporter(context).Report(events, output, activity, observe);
        }
        finally
        {
            // A bulk run always ends with its summary, also when it stops on a fatal error (401); one redemption by hand needs none.
            if (!single)
                context.Note((context.Cancellation.IsCancellationRequested ? context.StoppedNote : "")
                    + (options.DryRun ? "Dry run, nothing sent. " : "") + "Redemptions: " + import.Summary
                    + (import.StopReason != null ? ". Stopped sending: " + import.StopReason : ""));
        }
    }
}

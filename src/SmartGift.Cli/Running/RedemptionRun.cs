using System;
using System.Collections.Generic;
using SmartGift.Bulk;
using SmartGift.Cli.Output;

namespace SmartGift.Cli.Running
{
    /// <summary>Redemptions through RedemptionImport: one typed on the command line, or a CSV file. Used by `redeem` and the demo.</summary>
    public static class RedemptionRun
    {
        public static ImportTally Run(
            CommandContext context, SmartGiftSession session, IEnumerable<RedemptionRow> rows, RedemptionImportOptions options,
            string activity, Action<ImportEvent>? observe = null, bool single = false, IRecordWriter? writer = null)
        {
            using var import = new RedemptionImport(session, options);
            var events = ImportEvents.Of(rows, (row, token) => import.Add(row, token), import.Complete, context.Cancellation);
            using var output = writer ?? context.CreateWriter(streaming: true, single);
            try
            {
                return new ImportRunner(context).Run(events, output, activity, observe);
            }
            finally
            {
                // A bulk run always ends with its summary, also when it stops on a fatal error (401).
                if (options.JournalPath != null)
                    context.Note((context.Cancellation.IsCancellationRequested ? "Stopped by Ctrl+C. " : "")
                        + (options.DryRun ? "Dry run, nothing sent. " : "") + "Redemptions: " + import.Summary
                        + (import.StopReason != null ? ". Stopped sending: " + import.StopReason : ""));
            }
        }
    }
}

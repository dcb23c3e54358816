using System;
using System.Collections.Generic;
using SmartGift.Bulk;
using SmartGift.Cli.Output;
using Spectre.Console;

namespace SmartGift.Cli.Running
{
    /// <summary>
    /// Consumes an import's events on this thread: results to the writer, progress to a live
    /// Spectre display on a terminal, or to timestamped stderr lines (rate-limit waits) otherwise.
    /// </summary>
    public sealed class ImportRunner
    {
        private readonly CommandContext _context;

        public ImportRunner(CommandContext context)
        {
            _context = context;
        }

        /// <param name="observe">Sees every result too (the demo checks them).</param>
        public ImportTally Run(IEnumerable<ImportEvent> events, IRecordWriter writer, string activity, Action<ImportEvent>? observe = null)
        {
            var tally = new ImportTally();
            if (_context.Interactive)
            {
                AnsiConsole.Progress()
                    .AutoClear(true)
                    .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
                    .Start(progress =>
                    {
                        var task = progress.AddTask(Markup.Escape(activity));
                        task.IsIndeterminate = true;
                        Consume(events, writer, tally, observe, _context.Warn, p => task.Description = Markup.Escape(Describe(activity, p)));
                        task.StopTask();
                    });
            }
            else
            {
                Consume(events, writer, tally, observe, _context.Warn, p =>
                {
                    if (p.RateLimitWait != null) _context.Log(p.Status);
                });
            }
            writer.Complete();
            return tally;
        }

        private static void Consume(IEnumerable<ImportEvent> events, IRecordWriter writer, ImportTally tally, Action<ImportEvent>? observe, Action<string> warn, Action<ImportProgress> onProgress)
        {
            foreach (var e in events)
            {
                if (!(e is ImportProgress)) observe?.Invoke(e);
                switch (e)
                {
                    case OrderResult order:
                        tally.Count(order.Status, order.Error);
                        writer.Write(ResultRecords.Order(order));
                        foreach (var warning in order.Warnings) warn("warning: order " + order.OrderId + ", " + warning);
                        break;
                    case RedemptionResult redemption:
                        tally.Count(redemption.Status, redemption.Error, redemption.NeedsAttention);
                        writer.Write(ResultRecords.Redemption(redemption));
                        if (redemption.NeedsAttention)
                            warn("warning: voucher " + redemption.VoucherNumber + ": " + redemption.Contradiction + " (" + redemption.Sent + ")");
                        break;
                    case ImportProgress progress:
                        onProgress(progress);
                        break;
                }
            }
        }

        private static string Describe(string activity, ImportProgress progress) =>
            activity + ": " + progress.Completed + " of " + progress.Submitted + " done; " + progress.Status;
    }
}

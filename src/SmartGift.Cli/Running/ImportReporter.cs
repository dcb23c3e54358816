using SmartGift.Cli.Output;
using Spectre.Console;

namespace SmartGift.Cli.Running;

/// <summary>
/// Reports an import's events on this thread: results to the writer and, on a terminal, a
/// live bar with counts and a rate-limit countdown. Waits are reported by the context's
/// RateLimitWaits as they start (the engine's own wait events come later and are not repeated).
/// </summary>
internal sealed class ImportReporter
{
    private readonly CommandContext _context;

    public ImportReporter(CommandContext context)
    {
        _context = context;
    }

    /// <param name="observe">Sees every result too (the demo checks them).</param>
    public ImportTally Report(IEnumerable<ImportEvent> events, IRecordWriter writer, string activity, Action<ImportEvent>? observe = null)
    {
        var tally = new ImportTally();
        _context.Trace(activity);
        if (_context.LiveProgress)
        {
            _context.Waits.ShownLive = true;
            try { RunLive(events, writer, tally, activity, observe); }
            finally { _context.Waits.ShownLive = false; }
        }
        else
        {
            Consume(events, writer, tally, observe, _context.Warn, p =>
            {
                // Journal notes and stop reasons; waits are told by RateLimitWaits when they start.
                if (p.RateLimitWait == null && !p.Status.EndsWith(" done", StringComparison.Ordinal)) _context.Trace(p.Status);
            });
        }
        writer.Complete();
        _context.Trace(activity + ": " + tally.Results + " results");
        return tally;
    }

    /// <summary>A live bar: description, bar, "3 of 8 done" and, during a rate-limit wait, the countdown.</summary>
    private void RunLive(IEnumerable<ImportEvent> events, IRecordWriter writer, ImportTally tally, string activity, Action<ImportEvent>? observe)
    {
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(
                new TaskDescriptionColumn { Alignment = Justify.Left },
                new ProgressBarColumn(),
                new DoneCountColumn(),
                new RateLimitCountdownColumn(_context.Waits))
            .Start(progress =>
            {
                var task = progress.AddTask(Markup.Escape(activity), maxValue: 0);
                Consume(events, writer, tally, observe, _context.Warn, p =>
                {
                    task.MaxValue = p.Submitted;
                    task.Value = p.Completed;
                });
                task.StopTask();
            });
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
                case ImportProgress note when note.IsNote:
                    warn("warning: " + note.Status);
                    break;
                case ImportProgress progress:
                    onProgress(progress);
                    break;
            }
        }
    }
}

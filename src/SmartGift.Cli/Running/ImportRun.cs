using Spectre.Console;
using Spectre.Console.Rendering;

namespace SmartGift.Cli;

/// <summary>
/// Feeds Core's import its rows and reports the events on this thread. Waits are told by RateLimitWaits
/// as they start (the engine's own wait events come later and are not repeated).
/// </summary>
internal static class ImportRun
{
    /// <param name="observe">Sees every result too (the demo checks them).</param>
    public static ImportTally Sales(
        CommandContext context, SmartGiftSession session, string csvPath, ImportOptions<SaleRequest> options,
        Action<ImportEvent>? observe = null, IRecordWriter? writer = null, CsvReadOptions? reading = null)
    {
        context.Trace("reading " + InputFile.Describe(csvPath));
        using var reader = InputFile.OpenSales(csvPath, reading ?? new CsvReadOptions(), context.Cancellation);
        foreach (var problem in reader.HeaderProblems) context.Warn("warning: " + InputFile.Describe(csvPath) + ": " + problem);
        using var import = new SaleImport(session, options);
        var activity = options.DryRun ? "Checking sales (dry run)" : "Importing sales";
        return Run(context, import, reader.ReadRows(), import.Add, activity, options.DryRun,
            s => "Orders: " + s + (s.RateLimitWaits > 0 ? "; " + s.RateLimitWaits + " rate-limit waits" : ""),
            writer ?? context.CreateWriter(streaming: true), observe);
    }

    /// <param name="single">One redemption typed on the command line: one result, no summary.</param>
    public static ImportTally Redemptions(
        CommandContext context, SmartGiftSession session, IEnumerable<RedemptionRow> rows, ImportOptions<RedeemRequest> options,
        string activity, Action<ImportEvent>? observe = null, bool single = false, IRecordWriter? writer = null)
    {
        using var import = new RedemptionImport(session, options);
        return Run(context, import, rows, import.Add, activity, options.DryRun, single ? null : s => "Redemptions: " + s,
            writer ?? context.CreateWriter(streaming: true, single), observe);
    }

    private static ImportTally Run<TRow>(
        CommandContext context, IBulkImport import, IEnumerable<TRow> rows,
        Func<TRow, CancellationToken, IReadOnlyList<ImportEvent>> add, string activity, bool dryRun,
        Func<ImportSummary, string>? summary, IRecordWriter writer, Action<ImportEvent>? observe)
    {
        using var output = writer;
        try
        {
            var tally = new ImportTally();
            var events = Events(rows, add, import, context.Cancellation);
            context.Trace(activity);
            if (context.LiveProgress)
            {
                context.Waits.ShownLive = true;
                try
                {
                    // A live bar: description, bar, "3 of 8 done" and, during a rate-limit wait, the countdown.
                    AnsiConsole.Progress()
                        .AutoClear(true)
                        .Columns(
                            new TaskDescriptionColumn { Alignment = Justify.Left },
                            new ProgressBarColumn(),
                            new DoneCountColumn(),
                            new RateLimitCountdownColumn(context.Waits))
                        .Start(progress =>
                        {
                            var task = progress.AddTask(Markup.Escape(activity), maxValue: 0);
                            Consume(events, output, tally, observe, context.Warn, p =>
                            {
                                task.MaxValue = p.Submitted;
                                task.Value = p.Completed;
                            });
                            task.StopTask();
                        });
                }
                finally
                {
                    context.Waits.ShownLive = false;
                }
            }
            else
            {
                Consume(events, output, tally, observe, context.Warn, p =>
                {
                    // Journal notes and stop reasons; waits are told by RateLimitWaits when they start.
                    if (p.RateLimitWait == null && !p.Status.EndsWith(" done", StringComparison.Ordinal)) context.Trace(p.Status);
                });
            }
            output.Complete();
            context.Trace(activity + ": " + tally.Results + " results");
            return tally;
        }
        finally
        {
            // Also when the run stops on a fatal error (401): the operator sees what was done before it.
            if (summary != null)
                context.Note((context.Cancellation.IsCancellationRequested ? context.StoppedNote : "")
                    + (dryRun ? "Dry run, nothing sent. " : "") + summary(import.Summary)
                    + (import.StopReason != null ? ". Stopped sending: " + import.StopReason : ""));
        }
    }

    /// <summary>
    /// The rows added one by one, then Complete, as one lazy sequence of events. On Ctrl+C it stops
    /// adding rows and lets Complete report what was in flight; Core sends nothing new once the
    /// token is cancelled, so the journal stays consistent.
    /// </summary>
    private static IEnumerable<ImportEvent> Events<TRow>(
        IEnumerable<TRow> rows, Func<TRow, CancellationToken, IReadOnlyList<ImportEvent>> add, IBulkImport import,
        CancellationToken cancellation) =>
        UntilCancelled(() => rows.TakeWhile(_ => !cancellation.IsCancellationRequested).SelectMany(row => add(row, cancellation)))
            .Concat(UntilCancelled(() => import.Complete(cancellation)));

    /// <summary>The items until one is cancelled; the source is made only when the first item is asked for.</summary>
    private static IEnumerable<T> UntilCancelled<T>(Func<IEnumerable<T>> source)
    {
        using var items = source().GetEnumerator();
        while (true)
        {
            try
            {
                if (!items.MoveNext()) yield break;
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
            yield return items.Current;
        }
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

    /// <summary>"60 of 71 done": results handed back of records read so far (the total is unknown while the CSV streams).</summary>
    private sealed class DoneCountColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Value + " of " + task.MaxValue + " done");
    }

    /// <summary>During a rate-limit wait, a countdown to the next send; redrawn by the live display on its own clock.</summary>
    private sealed class RateLimitCountdownColumn(RateLimitWaits waits) : ProgressColumn
    {
        protected override bool NoWrap => true;

        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            waits.Remaining is TimeSpan left
                ? new Text("rate limit: sending resumes in " + Math.Ceiling(left.TotalSeconds) + " s", new Style(Color.Yellow))
                : new Text("");
    }
}

namespace SmartGift.Cli;

/// <summary>Exit 1 when anything needs attention, so that a scheduled task can alert on the exit code alone.</summary>
internal static class ReconcileCommand
{
    public static Command Create(CommandAction action)
    {
        var file = new Argument<string>("FILE") { Description = "The source CSV of the import (sales or redemptions), or - for standard input." };
        var journal = new Option<string?>("--journal") { Description = "A journal the import wrote (optional): its records missing from the source are listed too. The company's ledger is always read. Redemption rows without a reference need the import's journal.", HelpName = "PATH" };
        var kind = new Option<string?>("--kind") { Description = "What the file lists: sales or redemptions. Default: told by the header (order_id: sales; reference or voucher_no: redemptions); standard input is sales unless told." }
            .OneOf("sales", "redemptions");
        var report = new Option<string?>("--report") { Description = "Also write the reconciliation as a self-contained HTML page (what needs a person, with the command that settles it) to this file.", HelpName = "FILE.html" };
        var reading = new CsvFileOptions();
        var command = new Command("reconcile", "Compare a sales or redemptions CSV with the company's ledger (and a journal) and the catalogue; exit 1 when anything needs attention.")
            { file, journal, kind, report, reading.Encoding, reading.Delimiter }.WithExamples(
                "smartgift reconcile sales.csv --journal sales.journal.jsonl",
                "smartgift reconcile redemptions.csv",
                "smartgift reconcile sales.csv --report reconciliation.html",
                "smartgift reconcile - --kind redemptions < redemptions.csv",
                "smartgift reconcile sales.csv --journal sales.journal.jsonl -o csv > reconciliation.csv || echo 'needs attention'",
                "smartgift reconcile sales.csv --journal sales.journal.jsonl -o json | jq '.[] | select(.status != \"Confirmed\")'");
        return action.Runs(command, async (parse, context) =>
        {
            var path = InputFile.RequireReadable(parse.GetValue(file)!);
            var journalPath = InputFile.JournalForReading(parse.GetValue(journal), context);
            var csv = reading.From(parse);
            var told = parse.GetValue(kind);
            var sourceKind = told != null ? (told == "redemptions" ? SourceKind.Redemptions : SourceKind.Sales)
                : InputFile.IsStandardInput(path) ? SourceKind.Sales : SourceKinds.Detect(path, csv.Delimiter);
            var reportPath = parse.GetValue(report);
            var page = reportPath == null ? null : new ReconciliationReport("Smart Gift reconciliation of " + (InputFile.IsStandardInput(path) ? "standard input" : Path.GetFileName(path)), DateTimeOffset.UtcNow);
            var (summary, ledgerPath) = await Reconcile(context, path, journalPath, csv, page, sourceKind == SourceKind.Redemptions).ConfigureAwait(false);
            if (page != null)
            {
                page.ReadSettledSince(ledgerPath);
                context.Note("Report: " + page.Write(reportPath!));
            }
            context.Note("Reconciliation (" + (sourceKind == SourceKind.Redemptions ? "redemptions" : "sales") + ", " + InputFile.Describe(path) + "): "
                + summary + (summary.NeedsAttention ? " - needs attention" : " - all settled"));
            return summary.NeedsAttention ? ExitCodes.RecordsNeedAttention : ExitCodes.Success;
        });
    }

    private static async Task<(ReconciliationSummary, string)> Reconcile(
        CommandContext context, string path, string? journalPath, CsvReadOptions csv, ReconciliationReport? page, bool redemptions)
    {
        // Opened first: a file that cannot be read as written is refused before any call.
        using var sales = redemptions ? null : InputFile.OpenSales(path, csv, context.Cancellation);
        using var redeemed = redemptions ? InputFile.OpenRedemptions(path, csv, context.Cancellation) : null;
        IReadOnlyList<Voucher> catalogue;
        IReadOnlyList<PaymentMethod> methods = [];
        string ledgerPath;
        string? site;
        using (var session = context.OpenSession())
        {
            ledgerPath = LedgerLocation.For(session.Client.Options);
            site = session.DefaultSiteId;
            // Redemption rows naming experiences are read against it, as the import reads them.
            catalogue = await session.GetVouchersAsync(refresh: true, context.Cancellation).ConfigureAwait(false);
            if (sales != null) methods = await session.GetPaymentMethodsAsync(refresh: true, context.Cancellation).ConfigureAwait(false);
        }

        foreach (var problem in sales?.HeaderProblems ?? redeemed!.HeaderProblems)
            context.Warn("warning: " + InputFile.Describe(path) + ": " + problem);
        using var writer = context.CreateWriter(streaming: false);
        var source = InputFile.Recorded(path);
        ReconciliationSummary summary;
        if (sales != null)
        {
            using var reconciliation = new SaleReconciliation(journalPath, ledgerPath, catalogue, methods);
            Show(writer, sales.ReadRows(), reconciliation.Add, reconciliation.Complete, ResultRecords.Reconciliation,
                result => page?.Add(source, result, journalPath));
            summary = reconciliation.Summary;
        }
        else
        {
            using var reconciliation = new RedemptionReconciliation(journalPath, ledgerPath, catalogue, site);
            Show(writer, redeemed!.ReadRows(), row => [reconciliation.Add(row)], reconciliation.Complete, ResultRecords.Reconciliation,
                result => page?.Add(source, result, journalPath));
            summary = reconciliation.Summary;
        }
        writer.Complete();
        return (summary, ledgerPath);
    }

    /// <summary>Each row's results as it is read, then what the journal and ledger hold beyond the file.</summary>
    private static void Show<TRow, TResult>(IRecordWriter writer, IEnumerable<TRow> rows, Func<TRow, IReadOnlyList<TResult>> add,
        Func<IReadOnlyList<TResult>> complete, Func<TResult, OutputRecord> record, Action<TResult> addToPage)
    {
        // SelectMany over the one Complete defers it until the last row is added.
        foreach (var result in rows.SelectMany(add).Concat(new[] { complete }.SelectMany(c => c())))
        {
            writer.Write(record(result));
            addToPage(result);
        }
    }
}

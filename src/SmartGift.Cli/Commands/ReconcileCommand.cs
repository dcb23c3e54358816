using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Threading.Tasks;
using SmartGift.Cli.Output;

namespace SmartGift.Cli.Commands
{
    /// <summary>
    /// smartgift reconcile: which orders of the source reached Smart Gift, per the journal, and
    /// whether the catalogue still sells what they name. Exit 1 when anything needs attention,
    /// so a scheduled task can alert on the exit code alone.
    /// </summary>
    public static class ReconcileCommand
    {
        public static Command Create(CommandAction action)
        {
            var file = new Argument<string>("FILE") { Description = "The source CSV of the import, or - for standard input." };
            var journal = new Option<string?>("--journal") { Description = "A journal the import wrote (optional): its orders missing from the source are listed too. The company's ledger is always read.", HelpName = "PATH" };
            var reading = new CsvFileOptions();
            var command = new Command("reconcile", "Compare a sales CSV with its import journal and the catalogue; exit 1 when anything is Unknown, Failed or NotSent.") { file, journal }
                .WithExamples(
                    "smartgift reconcile sales.csv --journal sales.journal.jsonl",
                    "smartgift reconcile sales.csv --journal sales.journal.jsonl -o csv > reconciliation.csv || echo 'needs attention'",
                    "smartgift reconcile sales.csv --journal sales.journal.jsonl -o json | jq '.[] | select(.status != \"Confirmed\")'");
            reading.AddTo(command);
            command.SetAction(action.For(async (parse, context) =>
            {
                var path = InputFile.RequireReadable(parse.GetValue(file)!);
                var journalOption = parse.GetValue(journal);
                var journalPath = journalOption == null ? null : JournalPath.ForReading(journalOption, context);
                // Opened first: a file that cannot be read as written is refused before any call.
                using var reader = InputFile.OpenSales(path, reading.From(parse), context.Cancellation);

                IReadOnlyList<Voucher> catalogue;
                IReadOnlyList<PaymentMethod> methods;
                string ledgerPath;
                using (var session = context.OpenSession())
                {
                    ledgerPath = LedgerLocation.For(session.Client.Options);
                    catalogue = await session.GetVouchersAsync(refresh: true, context.Cancellation).ConfigureAwait(false);
                    methods = await session.GetPaymentMethodsAsync(refresh: true, context.Cancellation).ConfigureAwait(false);
                }

                foreach (var problem in reader.HeaderProblems) context.Warn("warning: " + CsvSource.Describe(path) + ": " + problem);
                using var reconciliation = new SaleReconciliation(journalPath, ledgerPath, catalogue, methods);

                using var writer = context.CreateWriter(streaming: false);
                foreach (var row in reader.ReadRows())
                    foreach (var result in reconciliation.Add(row)) writer.Write(ResultRecords.Reconciliation(result));
                foreach (var result in reconciliation.Complete()) writer.Write(ResultRecords.Reconciliation(result));
                writer.Complete();

                var summary = reconciliation.Summary;
                context.Note("Reconciliation: " + summary + (summary.NeedsAttention ? " - needs attention" : " - all settled"));
                return summary.NeedsAttention ? ExitCodes.RecordsNeedAttention : ExitCodes.Success;
            }));
            return command;
        }
    }
}

using System.CommandLine;
using System.Threading.Tasks;
using SmartGift.Bulk;
using SmartGift.Cli.Running;

namespace SmartGift.Cli.Commands
{
    /// <summary>smartgift redeem import: bulk redemptions from CSV, journaled like sales.</summary>
    public static class RedeemImportCommand
    {
        public static Command Create(CommandAction action)
        {
            var options = new ImportOptions();
            var command = new Command("import", "Redeem vouchers listed in a CSV file (reference, voucher_no, site_id, value, experiences, hold_token).");
            options.AddTo(command);
            command.SetAction(action.For((parse, context) => Task.FromResult(Run(parse, context, options))));
            return command;
        }

        private static int Run(ParseResult parse, CommandContext context, ImportOptions options)
        {
            var path = InputFile.RequireReadable(parse.GetValue(options.File)!);
            using var session = context.OpenSession(announceWaits: false);
            using var reader = RedemptionCsvReader.Open(path);
            foreach (var problem in reader.HeaderProblems) context.Warn("warning: " + path + ": " + problem);

            var dryRun = parse.GetValue(options.DryRun);
            using var import = new RedemptionImport(session, new RedemptionImportOptions
            {
                JournalPath = parse.GetValue(options.Journal),
                RetryUnknown = parse.GetValue(options.RetryUnknown),
                DryRun = dryRun,
                MaxConcurrency = parse.GetValue(options.MaxConcurrency),
            });

            var events = ImportEventStream.Of(reader.ReadRows(), (row, token) => import.Add(row, token), import.Complete, context.Cancellation);
            using var writer = context.CreateWriter(streaming: true);
            var tally = new ImportRunner(context).Run(events, writer, dryRun ? "Checking redemptions (dry run)" : "Redeeming");

            var cancelled = context.Cancellation.IsCancellationRequested;
            context.Note((cancelled ? "Stopped by Ctrl+C: " : "") + (dryRun ? "Dry run, nothing sent: " : "") + "Redemptions: " + import.Summary);
            return tally.ExitCode(cancelled);
        }
    }
}

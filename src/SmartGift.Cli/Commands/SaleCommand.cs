using System.CommandLine;
using System.Threading.Tasks;
using SmartGift.Bulk;
using SmartGift.Cli.Running;

namespace SmartGift.Cli.Commands
{
    /// <summary>smartgift sale import: streams a CSV through SaleImport, one result per order.</summary>
    public static class SaleCommand
    {
        public static Command Create(CommandAction action)
        {
            var options = new ImportOptions();
            var import = new Command("import", "Import voucher sales from a CSV file (POST /pos-sale), one order per run of rows with the same order_id.");
            options.AddTo(import);
            import.SetAction(action.For((parse, context) => Task.FromResult(Run(parse, context, options))));

            return new Command("sale", "Voucher sales.") { import };
        }

        private static int Run(ParseResult parse, CommandContext context, ImportOptions options)
        {
            var path = InputFile.RequireReadable(parse.GetValue(options.File)!);
            using var session = context.OpenSession(announceWaits: false);
            using var reader = SaleCsvReader.Open(path);
            foreach (var problem in reader.HeaderProblems) context.Warn("warning: " + path + ": " + problem);

            var dryRun = parse.GetValue(options.DryRun);
            using var import = new SaleImport(session, new SaleImportOptions
            {
                JournalPath = parse.GetValue(options.Journal),
                RetryUnknown = parse.GetValue(options.RetryUnknown),
                DryRun = dryRun,
                MaxConcurrency = parse.GetValue(options.MaxConcurrency),
            });

            var events = ImportEventStream.Of(reader.ReadRows(), (row, token) => import.Add(row, token), import.Complete, context.Cancellation);
            using var writer = context.CreateWriter(streaming: true);
            var tally = new ImportRunner(context).Run(events, writer, dryRun ? "Checking sales (dry run)" : "Importing sales");

            var cancelled = context.Cancellation.IsCancellationRequested;
            context.Note((cancelled ? "Stopped by Ctrl+C: " : "") + (dryRun ? "Dry run, nothing sent: " : "") + "Orders: " + import.Summary
                + (import.Summary.RateLimitWaits > 0 ? "; " + import.Summary.RateLimitWaits + " rate-limit waits" : ""));
            return tally.ExitCode(cancelled);
        }
    }
}

using System.CommandLine;
using System.CommandLine.Help;
using System.Threading;
using System.Threading.Tasks;
using SmartGift.Cli.Commands;

namespace SmartGift.Cli
{
    /// <summary>Builds the command tree and runs one command line.</summary>
    public static class CliApplication
    {
        public static RootCommand Build(CancellationToken cancellation)
        {
            var options = new GlobalOptions();
            var action = new CommandAction(options, cancellation);
            var root = new RootCommand("smartgift: Smart Gift voucher sales, redemptions and reconciliation from any shell.");
            options.AddTo(root);
            root.Subcommands.Add(VouchersCommand.Create(action));
            root.Subcommands.Add(PaymentMethodsCommand.Create(action));
            root.Subcommands.Add(SaleCommand.Create(action));
            root.Subcommands.Add(RedeemCommand.Create(action));
            root.Subcommands.Add(HoldCommand.Create(action));
            root.Subcommands.Add(ReconcileCommand.Create(action));
            root.Subcommands.Add(JournalCommand.Create(action));
            root.Subcommands.Add(MockServerCommand.Create(action));
            root.Subcommands.Add(DemoCommand.Create(action));
            root.Subcommands.Add(ProfileCommand.Create(action));
            root.Subcommands.Add(CompletionCommand.Create(action));
            root.WithExamples(
                "smartgift demo                                   # the main job against a built-in mock server",
                "smartgift vouchers --name \"*spa*\"",
                "smartgift sale import sales.csv --journal sales.journal.jsonl",
                "smartgift reconcile sales.csv --journal sales.journal.jsonl -o json",
                "smartgift --profile north vouchers",
                "source <(smartgift completion bash)");

            foreach (var option in root.Options)
                if (option is HelpOption help && help.Action is HelpAction standard)
                    help.Action = new ExitCodeHelpAction(standard);
            root.Description += "\n\nGuide: " + ProjectLinks.CliGuide;
            return root;
        }

        public static async Task<int> RunAsync(string[] args)
        {
            using var signal = new CancelSignal();
            var root = Build(signal.Token);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0 && parse.Action is not HelpAction && parse.Action is not ExitCodeHelpAction)
            {
                // System.CommandLine would exit 1; 1 means "records need attention" here, so usage errors are 2.
                foreach (var error in parse.Errors) System.Console.Error.WriteLine("error: " + VisibleText.Lines(error.Message));
                System.Console.Error.WriteLine("Run 'smartgift " + CommandPath(parse) + "--help' for usage.");
                return ExitCodes.UsageError;
            }
            // Ctrl+C is handled by CancelSignal so that imports can finish what is in flight, however long that takes.
            var configuration = new InvocationConfiguration { ProcessTerminationTimeout = null };
            return await parse.InvokeAsync(configuration, signal.Token).ConfigureAwait(false);
        }

        private static string CommandPath(ParseResult parse)
        {
            var path = "";
            for (var result = parse.CommandResult; result != null && result.Parent != null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
                path = result.Command.Name + " " + path;
            return path;
        }
    }
}

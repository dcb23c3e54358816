using System.CommandLine.Help;
using System.Reflection;

namespace SmartGift.Cli;

internal static class CliApplication
{
    public static RootCommand Build(CancellationToken cancellation, Func<string?>? stoppedBy = null)
    {
        var options = new GlobalOptions();
        var action = new CommandAction(options, cancellation, stoppedBy);
        var root = new RootCommand("smartgift: Smart Gift voucher sales, redemptions and reconciliation from any shell.");
        options.AddTo(root);
        Func<CommandAction, Command>[] commands =
        [
            VouchersCommand.Create, PaymentMethodsCommand.Create, SaleCommand.Create, RedeemCommand.Create, HoldCommand.Create,
            ReconcileCommand.Create, ReportCommand.Create, JournalCommand.Create, MockServerCommand.Create, DemoCommand.Create,
            ProfileCommand.Create, CompletionCommand.Create,
        ];
        foreach (var create in commands) root.Subcommands.Add(create(action));
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
        root.Description += "\n\nGuide: " + ExitCodeHelpAction.CliGuide;
        return root;
    }

    public static async Task<int> Main(string[] args)
    {
        // `smartgift --version` alone needs no command tree (a third of its start-up); it prints
        // what System.CommandLine's version option prints.
        if (args.Length == 1 && args[0] == "--version")
        {
            var assembly = typeof(CliApplication).Assembly;
            System.Console.Out.WriteLine(assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString() ?? "");
            return ExitCodes.Success;
        }

        using var signal = new CancelSignal();
        var root = Build(signal.Token, () => signal.Reason);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not HelpAction && parse.Action is not ExitCodeHelpAction)
        {
            // System.CommandLine would exit 1; 1 means "records need attention" here, so usage errors are 2.
            foreach (var error in parse.Errors) System.Console.Error.WriteLine("error: " + VisibleText.Lines(error.Message));
            foreach (var suggestion in Suggestions(parse)) System.Console.Error.WriteLine(suggestion);
            System.Console.Error.WriteLine("Run 'smartgift " + CommandPath(parse) + "--help' for usage.");
            return ExitCodes.UsageError;
        }
        // Ctrl+C is handled by CancelSignal so that imports can finish what is in flight, however long that takes.
        var configuration = new InvocationConfiguration { ProcessTerminationTimeout = null };
        return await parse.InvokeAsync(configuration, signal.Token).ConfigureAwait(false);
    }

    /// <summary>"Did you mean 'vouchers'?" for a mistyped command: the subcommands within two edits of an unmatched word.</summary>
    private static IEnumerable<string> Suggestions(ParseResult parse)
    {
        var names = parse.CommandResult.Command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name)).Distinct().ToList();
        foreach (var token in parse.UnmatchedTokens)
        {
            if (token.StartsWith('-')) continue;
            var close = names.Select(n => (Name: n, Distance: Distance(token.ToLowerInvariant(), n)))
                .Where(c => c.Distance <= Math.Max(1, Math.Min(2, token.Length / 3))).OrderBy(c => c.Distance).Select(c => "'" + c.Name + "'").ToList();
            if (close.Count > 0)
                yield return "Did you mean " + string.Join(" or ", close.Take(3)) + "? ('" + VisibleText.Of(token) + "' is not a command of 'smartgift " + CommandPath(parse).TrimEnd() + "'.)";
        }
    }

    /// <summary>Levenshtein distance, with a swap of two neighbours counted as one edit.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    private static string CommandPath(ParseResult parse)
    {
        var path = "";
        for (var result = parse.CommandResult; result != null && result.Parent != null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            path = result.Command.Name + " " + path;
        return path;
    }
}

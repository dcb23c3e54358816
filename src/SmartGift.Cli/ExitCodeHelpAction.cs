using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace SmartGift.Cli;

/// <summary>The standard help with the usage line made true, then the command's examples and the exit codes (a scheduled task's author needs them).</summary>
internal sealed class ExitCodeHelpAction(HelpAction standard) : SynchronousCommandLineAction
{
    /// <summary>
    /// The guide (docs/cli.md) is copied beside the tool's assembly, so the help names a file on this
    /// machine. The project has no published address to give instead (issue 21, finding 9: a placeholder led nowhere).
    /// </summary>
    public static string CliGuide => File.Exists(InstalledGuide) ? InstalledGuide : "docs/cli.md in the SmartGift source";

    private static readonly string InstalledGuide = Path.Combine(AppContext.BaseDirectory, "docs", "cli.md");

    public override int Invoke(ParseResult parseResult)
    {
        var configuration = parseResult.InvocationConfiguration;
        var output = configuration.Output;
        var buffer = new StringWriter();
        configuration.Output = buffer;
        int result;
        try
        {
            result = standard.Invoke(parseResult);
        }
        finally
        {
            configuration.Output = output;
        }
        // System.CommandLine lists a parent's arguments in a subcommand's usage
        // (`smartgift redeem [<VOUCHER_NO>] import <FILE>`), though `redeem import` takes no voucher number.
        var help = buffer.ToString();
        var command = parseResult.CommandResult.Command;
        foreach (var parent in command.Parents.OfType<Command>())
            foreach (var argument in parent.Arguments)
                foreach (var shown in new[] { " [<" + argument.Name + ">]", " <" + argument.Name + ">" })
                    help = help.Replace(" " + parent.Name + shown + " " + command.Name, " " + parent.Name + " " + command.Name);
        // ...and under Arguments.
        var parentArguments = command.Parents.OfType<Command>().SelectMany(p => p.Arguments).Select(a => "  <" + a.Name + ">").ToList();
        output.Write(string.Join("\n",
            help.Split('\n').Where(line => !parentArguments.Any(a => line.StartsWith(a + " ", StringComparison.Ordinal)))));

        var examples = CommandExamples.Of(command);
        if (examples.Count > 0)
        {
            output.WriteLine("Examples:");
            foreach (var example in examples) output.WriteLine("  " + example);
            output.WriteLine();
        }
        output.WriteLine(ExitCodes.HelpText);
        output.WriteLine();
        output.WriteLine("The API key comes from a profile, SMARTGIFT_API_KEY or --api-key-stdin, never from an argument.");
        output.WriteLine("Guide: " + CliGuide);
        return result;
    }
}

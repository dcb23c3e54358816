using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace SmartGift.Cli
{
    /// <summary>The standard help, followed by the exit codes (a scheduled task's author needs them).</summary>
    public sealed class ExitCodeHelpAction : SynchronousCommandLineAction
    {
        private readonly HelpAction _standard;

        public ExitCodeHelpAction(HelpAction standard)
        {
            _standard = standard;
        }

        public override int Invoke(ParseResult parseResult)
        {
            var result = _standard.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(ExitCodes.HelpText);
            output.WriteLine();
            output.WriteLine("The API key comes from SMARTGIFT_API_KEY or --api-key-stdin, never from an argument. See docs/cli.md.");
            return result;
        }
    }
}

using System;
using System.Collections.Generic;
using System.CommandLine;
using SmartGift.MockServer;

namespace SmartGift.Cli.Commands
{
    /// <summary>smartgift mock-server: runs the Smart Gift simulator until Ctrl+C (no account needed).</summary>
    public static class MockServerCommand
    {
        public static Command Create(CommandAction action)
        {
            var urls = new Option<string?>("--urls") { Description = "Where to listen (default http://127.0.0.1:5080).", HelpName = "URL" };
            var seed = new Option<string?>("--seed") { Description = "A seed JSON file (default: the built-in demo seed; schema in docs/mock-server.md).", HelpName = "FILE" };
            var command = new Command("mock-server", "Run the Smart Gift simulator locally, e.g. for --base-url http://127.0.0.1:5080. Test keys: sk_test_demo, sk_test_sister.") { urls, seed };
            command.SetAction(action.For(async (parse, context) =>
            {
                var args = new List<string>();
                if (parse.GetValue(urls) is string url) args.AddRange(new[] { "--urls", url });
                if (parse.GetValue(seed) is string file)
                {
                    InputFile.RequireReadable(file);
                    args.AddRange(new[] { "--seed", file });
                }
                var code = await MockServerHost.RunAsync(args.ToArray(), Console.Out, context.Cancellation).ConfigureAwait(false);
                return code == 0 ? ExitCodes.Success : code == 2 ? ExitCodes.UsageError : ExitCodes.RecordsNeedAttention;
            }));
            return command;
        }
    }
}

using System;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>
/// Issue 11, finding 6, at a real terminal: `script` gives the CLI a pseudo-terminal, and
/// everything the terminal shows (the prompt, any echo, the results) comes back on its output.
/// The key is typed once the prompt is shown, as a person would, and must not appear.
/// </summary>
public sealed class TerminalKeyTests : CliTestBase
{
    public TerminalKeyTests(MockServerFixture server) : base(server) { }

    [TerminalFact]
    public async Task At_a_terminal_the_key_is_prompted_for_and_not_echoed()
    {
        var command = "dotnet '" + CliProcess.DllPath + "' payment-methods --api-key-stdin --base-url " + BaseUrl + " -o jsonl";
        var start = new ProcessStartInfo(TerminalFactAttribute.Script)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-q", "-f", "-e", "-c", command, "/dev/null" }) start.ArgumentList.Add(arg);
        start.Environment.Remove("SMARTGIFT_API_KEY");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NO_COLOR"] = "1";
        start.Environment["TERM"] = "dumb";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("script did not start");
        using var limit = new CancellationTokenSource(CliProcess.DefaultTimeout);
        var shown = new StringBuilder();
        var buffer = new char[1024];
        try
        {
            while (!shown.ToString().Contains(ApiKeySource.Prompt.Trim()))
            {
                var n = await process.StandardOutput.ReadAsync(buffer.AsMemory(), limit.Token);
                if (n == 0) break;
                shown.Append(buffer, 0, n);
            }
            Assert.True(shown.ToString().Contains(ApiKeySource.Prompt.Trim()), "no prompt at the terminal:\n" + shown);

            await process.StandardInput.WriteAsync(MockSeed.DemoKey + "\r");
            await process.StandardInput.FlushAsync();
            shown.Append(await process.StandardOutput.ReadToEndAsync(limit.Token));
            await process.WaitForExitAsync(limit.Token);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }

        var screen = shown.ToString();
        Assert.True(process.ExitCode == 0, "exit " + process.ExitCode + "\n" + screen);
        Assert.DoesNotContain(MockSeed.DemoKey, screen);
        Assert.Contains("\"name\":\"Card\"", screen); // the key typed at the prompt was used
    }
}

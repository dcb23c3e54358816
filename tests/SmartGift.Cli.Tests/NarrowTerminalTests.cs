using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>
/// Issue 22, finding 13: at a terminal 30 columns wide the voucher table split its prices
/// ("150" over ".00"). `script` gives the CLI a pseudo-terminal of that width; a table too wide
/// for it becomes a list of "name: value" lines, every value whole.
/// </summary>
public sealed class NarrowTerminalTests : CliTestBase
{
    public NarrowTerminalTests(MockServerFixture server) : base(server) { }

    [TerminalFact]
    public async Task A_table_too_wide_for_the_terminal_is_a_list_with_every_value_whole()
    {
        var command = "stty cols 30 rows 50; dotnet '" + CliProcess.DllPath + "' vouchers --base-url " + BaseUrl;
        var start = new ProcessStartInfo(TerminalFactAttribute.Script)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-q", "-f", "-e", "-c", command, "/dev/null" }) start.ArgumentList.Add(arg);
        start.Environment["SMARTGIFT_API_KEY"] = MockSeed.DemoKey;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NO_COLOR"] = "1";
        start.Environment["TERM"] = "dumb";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("script did not start");
        process.StandardInput.Close();
        using var limit = new CancellationTokenSource(CliProcess.DefaultTimeout);
        string screen;
        try
        {
            screen = await process.StandardOutput.ReadToEndAsync(limit.Token);
            await process.WaitForExitAsync(limit.Token);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }

        Assert.True(process.ExitCode == 0, screen);
        Assert.Contains("price: 150.00", screen, StringComparison.Ordinal);
        Assert.Contains("name: ", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("│", screen, StringComparison.Ordinal);
    }
}

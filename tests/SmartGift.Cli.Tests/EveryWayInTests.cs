using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>
/// Issue 22 findings 1, 5 and 6: standard input skipped the encoding check (Windows-1252 stored
/// as U+FFFD, a UTF-16 file gave 28 unknown columns), a FIFO hung for ever and SIGTERM did not end
/// it, and /dev/stdin or a process substitution crashed ("Stream does not support seeking").
/// Every way in now reads the same way: once, with the same encoding rules.
/// </summary>
public sealed class EveryWayInTests : CliTestBase
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public EveryWayInTests(MockServerFixture server) : base(server) { }

    private static byte[] Sales(Encoding encoding, bool bom, string message) =>
        (bom ? encoding.GetPreamble() : Array.Empty<byte>())
            .Concat(encoding.GetBytes(SampleCsv.SaleHeader + "\n" + SampleCsv.SaleRow("W1").Replace("Happy birthday", message) + "\n")).ToArray();

    [Fact]
    public async Task Windows_1252_on_standard_input_is_read_as_asked_and_refused_when_not_asked()
    {
        var bytes = Sales(Windows1252, bom: false, "\u00a310 for you Jos\u00e9");

        var refused = await WithStdinBytes(bytes, "sale", "import", "-", "--journal", Files.Journal("w0.jsonl"));
        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains("not valid UTF-8", refused.Stderr);
        Assert.Empty(await Control.GetOrdersAsync());

        var read = await WithStdinBytes(bytes, "sale", "import", "-", "--journal", Files.Journal("w1.jsonl"), "--encoding", "windows-1252", "-o", "jsonl");
        Assert.True(read.ExitCode == 0, read.ToString());
        var order = Assert.Single(await Control.GetOrdersAsync());
        Assert.Contains("\u00a310 for you Jos\u00e9", order.Cart.ToString());
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-8")]
    public async Task A_byte_order_mark_on_standard_input_says_what_the_text_is(string name)
    {
        var encoding = name == "utf-16le" ? new UnicodeEncoding(false, true) : name == "utf-16be" ? new UnicodeEncoding(true, true) : (Encoding)new UTF8Encoding(true);

        var run = await WithStdinBytes(Sales(encoding, bom: true, "Caf\u00e9 \u00a3"), "sale", "import", "-", "--journal", Files.Journal(name + ".jsonl"), "-o", "jsonl");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("unknown column", run.Stderr);
        Assert.Contains("Caf\u00e9 \u00a3", Assert.Single(await Control.GetOrdersAsync()).Cart.ToString());
    }

    [Fact]
    public async Task Dev_stdin_and_a_process_substitution_are_read_once()
    {
        if (OperatingSystem.IsWindows()) return;
        var csv = Encoding.UTF8.GetBytes(File.ReadAllText(Files.GoodSales("D")));

        // Processes of their own: /dev/stdin and <(...) are the process's own file descriptors, a pipe that cannot seek.
        // Side by side: each is mostly a process starting.
        var devStdinRun = InBash("dotnet '" + CliProcess.DllPath + "' sale import /dev/stdin --journal '" + Files.Journal("d.jsonl") + "' --base-url " + BaseUrl + " -o jsonl", csv);
        var substitutionRun = InBash("dotnet '" + CliProcess.DllPath + "' sale import <(cat '" + Files.GoodSales("S") + "') --journal '" + Files.Journal("s.jsonl") + "' --base-url " + BaseUrl + " -o jsonl");
        var (devStdin, substitution) = (await devStdinRun, await substitutionRun);

        Assert.True(devStdin.ExitCode == 0, devStdin.ToString());
        Assert.True(substitution.ExitCode == 0, substitution.ToString());
        Assert.DoesNotContain("NotSupportedException", devStdin.Stderr + substitution.Stderr);
        Assert.Equal(4, (await Control.GetOrdersAsync()).Count);
    }

    [Fact]
    public async Task A_fifo_is_read_once()
    {
        if (OperatingSystem.IsWindows()) return;
        var fifo = MakeFifo("sales.fifo");
        var csv = File.ReadAllText(Files.GoodSales("F"));

        var running = InProcessCli.RunAsync(new[] { "sale", "import", fifo, "--journal", Files.Journal("f.jsonl"), "--base-url", BaseUrl, "-o", "jsonl" }, MockSeed.DemoKey, timeout: TimeSpan.FromMinutes(2));
        // Opening the FIFO for writing waits for the CLI to open it for reading: no sleep needed.
        await Task.Run(() => File.WriteAllText(fifo, csv));
        var run = await running;

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, run.JsonLines().Count(l => l.GetProperty("status").GetString() == "Confirmed"));
    }

    [Fact]
    public async Task SIGTERM_ends_a_wait_for_a_fifo_promptly()
    {
        if (OperatingSystem.IsWindows()) return;
        var fifo = MakeFifo("never.fifo");
        using var cli = RunningCli.Start(new[] { "sale", "import", fifo, "--journal", Files.Journal("n.jsonl"), "--base-url", BaseUrl, "--verbose" }, MockSeed.DemoKey);

        // Waited for: the CLI's "reading" line, printed just before it opens the FIFO (which has no writer).
        await cli.WaitForLineAsync(l => l.Contains("reading " + fifo, StringComparison.Ordinal), TimeSpan.FromMinutes(1));
        cli.Terminate();
        var run = await cli.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.Empty(await Control.GetOrdersAsync());
    }

    private string MakeFifo(string name)
    {
        var path = Path.Combine(Files.Folder, name);
        using var mkfifo = Process.Start("mkfifo", new[] { path })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    private Task<CliRun> WithStdinBytes(byte[] stdin, params string[] args) =>
        InProcessCli.RunAsync(args.Concat(new[] { "--base-url", BaseUrl }), MockSeed.DemoKey, stdin: stdin);

    /// <summary>The script in bash, with the environment CliProcess gives the CLI and these bytes on its standard input.</summary>
    private static async Task<CliRun> InBash(string script, byte[]? stdin = null)
    {
        var inner = CliProcess.StartInfo(Array.Empty<string>(), MockSeed.DemoKey, null, out _);
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var pair in inner.Environment) start.Environment[pair.Key] = pair.Value;
        var commandLine = script;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.BaseStream.WriteAsync(stdin ?? Array.Empty<byte>());
        process.StandardInput.Close();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(commandLine + " did not finish within 2 minutes");
        }
        return new CliRun(process.ExitCode, await stdout, await stderr, commandLine);
    }
}

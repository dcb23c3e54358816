using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace SmartGift.MockServer.Tests;

/// <summary>
/// The real SmartGift.MockServer process stops cleanly on SIGTERM (kill, docker stop, systemd)
/// and SIGINT (Ctrl+C): exit 0, in time, saying so. A server that ignores the signal fails the test.
/// </summary>
public sealed class SignalTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task The_server_process_stops_cleanly_on_the_signal(string signal)
    {
        if (OperatingSystem.IsWindows()) return; // POSIX signals: Linux and macOS only

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SmartGift.MockServer.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment.Remove("SMARTGIFT_MOCK_SEED");

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data == null) return;
            lock (output) output.AppendLine(e.Data);
            var match = Regex.Match(e.Data, @"listening on (http://127\.0\.0\.1:\d+/)");
            if (match.Success) listening.TrySetResult(match.Groups[1].Value);
        };
        process.BeginOutputReadLine();
        try
        {
            var address = await listening.Task.WaitAsync(Limit);
            using (var http = new HttpClient { BaseAddress = new Uri(address) })
                Assert.True((await http.GetAsync("_mock/clock")).IsSuccessStatusCode);

            using (var kill = Process.Start("kill", "-" + signal + " " + process.Id)) await kill!.WaitForExitAsync();

            using var limit = new CancellationTokenSource(Limit);
            await process.WaitForExitAsync(limit.Token);
        }
        catch (Exception e) when (e is OperationCanceledException || e is TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            lock (output) Assert.Fail("the mock server did not stop on SIG" + signal + " within " + Limit + "\n" + output);
        }

        process.WaitForExit(); // drains the output
        Assert.Equal(0, process.ExitCode);
        lock (output) Assert.Contains("SmartGift mock server stopped.", output.ToString());
    }
}

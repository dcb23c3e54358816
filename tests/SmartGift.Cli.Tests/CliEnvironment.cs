using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace SmartGift.Cli.Tests
{
    /// <summary>Runs the CLI like CliProcess, with extra environment variables (HTTP_PROXY and friends).</summary>
    public static class CliEnvironment
    {
        public static async Task<CliRun> RunAsync(IEnumerable<string> args, string? apiKey, IReadOnlyDictionary<string, string> environment, string? stdin = null)
        {
            var start = CliProcess.StartInfo(args, apiKey, null, out var commandLine);
            foreach (var pair in environment) start.Environment[pair.Key] = pair.Value;

            using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (stdin != null) await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
            using var limit = new CancellationTokenSource(CliProcess.DefaultTimeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("smartgift " + commandLine + " did not finish\n" + await stdout + "\n" + await stderr);
            }
            var shown = new List<string>();
            foreach (var pair in environment) shown.Add(pair.Key + "=" + pair.Value);
            return new CliRun(process.ExitCode, await stdout, await stderr, string.Join(" ", shown) + " " + commandLine);
        }
    }
}

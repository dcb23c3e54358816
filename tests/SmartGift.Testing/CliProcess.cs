using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace SmartGift.Testing;

/// <summary>
/// Runs the built CLI (smartgift.dll, copied next to the tests by the project reference) as a
/// real child process and captures stdout, stderr and the exit code. A run that outlives the
/// timeout is killed and fails the test: a hang is never a pass.
/// </summary>
public static class CliProcess
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// The CLI as its own project built it (the test assembly's SmartGiftChildCli metadata), not
    /// the copy beside the tests: coverlet instruments that copy, and instrumented children
    /// exiting together fight over one hits file.
    /// </summary>
    public static string DllPath { get; } = FindCli();

    private static string FindCli()
    {
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
            foreach (var meta in assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false).Cast<System.Reflection.AssemblyMetadataAttribute>())
                if (meta.Key == "SmartGiftChildCli" && File.Exists(meta.Value)) return meta.Value!;
        return Path.Combine(AppContext.BaseDirectory, "smartgift.dll");
    }

    /// <param name="apiKey">SMARTGIFT_API_KEY for the child; null leaves it unset (the parent's is never inherited).</param>
    /// <param name="stdin">Written to the child's standard input, then closed.</param>
    /// <param name="environment">More variables for the child (profiles folder, a company's key variable).</param>
    public static async Task<CliRun> RunAsync(IEnumerable<string> args, string? apiKey, string? stdin = null, string? workingDirectory = null, TimeSpan? timeout = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = StartInfo(args, apiKey, workingDirectory, out var commandLine);
        if (environment != null)
            foreach (var pair in environment) start.Environment[pair.Key] = pair.Value;

        if (environment != null && environment.Count > 0)
            commandLine = string.Join(" ", environment.Select(pair => pair.Key + "=" + pair.Value)) + " " + commandLine;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin != null) await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();

        using var limit = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("smartgift " + commandLine + " did not finish within " + (timeout ?? DefaultTimeout)
                + "\n--- stdout ---\n" + await stdout + "\n--- stderr ---\n" + await stderr);
        }
        return new CliRun(process.ExitCode, await stdout, await stderr, commandLine);
    }

    /// <summary>
    /// Starts the CLI and leaves it running (a test that kills it, or waits for it): standard
    /// input closed, the output pipes drained so a full buffer never blocks it, each stderr line to onError.
    /// </summary>
    public static Process Start(IEnumerable<string> args, string? apiKey = MockSeed.DemoKey, Action<string>? onError = null)
    {
        var process = Process.Start(StartInfo(args, apiKey, null, out _)) ?? throw new InvalidOperationException("dotnet did not start");
        process.StandardInput.Close();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) onError?.Invoke(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>dotnet smartgift.dll ARGS with SMARTGIFT_API_KEY set to apiKey (or unset), all streams redirected.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args, string? apiKey, string? workingDirectory, out string commandLine)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        if (!File.Exists(DllPath)) throw new FileNotFoundException("The CLI is not built (a project reference to SmartGift.Cli builds it).", DllPath);
        start.ArgumentList.Add(DllPath);
        var shown = new List<string>();
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
            shown.Add(arg.Contains(' ') ? "\"" + arg + "\"" : arg);
        }
        start.Environment.Remove("SMARTGIFT_API_KEY");
        start.Environment.Remove("SMARTGIFT_SITE_ID");
        start.Environment.Remove("SMARTGIFT_PROFILE");
        start.Environment.Remove("SMARTGIFT_BASE_URL"); // a rehearsal's address in the caller's shell must not redirect a test
        // Never the operator's own profiles: an empty folder unless a test names one.
        start.Environment["SMARTGIFT_CONFIG_DIR"] = Path.Combine(Path.GetTempPath(), "smartgift-cli-tests-no-config");
        if (apiKey != null) start.Environment["SMARTGIFT_API_KEY"] = apiKey;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NO_COLOR"] = "1";

        commandLine = string.Join(" ", shown);
        return start;
    }
}

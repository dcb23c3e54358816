using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>
/// Runs the CLI in this process: the same entry point as `smartgift` (CliApplication.Main),
/// with standard output and error captured, standard input given (a pipe, never the terminal) or
/// empty, and the same environment CliProcess gives a child. A child process costs a second of
/// start-up and JIT per run, and coverlet cannot see into it; most tests are about what a command
/// does, not about being a process. What only a process has still starts one (CliProcess,
/// RunningCli): exit by signal, a real pipe or file descriptor on standard input, the terminal,
/// the process-wide umask and proxy settings, and the tool as a user starts it.
/// Runs take turns: the console, standard input and the environment belong to the whole process.
/// </summary>
public static class InProcessCli
{
    private static readonly SemaphoreSlim Turn = new SemaphoreSlim(1, 1);

    /// <summary>The variables CliProcess.StartInfo sets or removes for a child, and so here for a run.</summary>
    private static readonly string[] Owned = { "SMARTGIFT_API_KEY", "SMARTGIFT_SITE_ID", "SMARTGIFT_PROFILE", "SMARTGIFT_BASE_URL", "SMARTGIFT_CONFIG_DIR", "NO_COLOR" };

    /// <param name="stdin">Standard input's bytes, as a pipe gives them; empty when null.</param>
    public static async Task<CliRun> RunAsync(IEnumerable<string> args, string? apiKey, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null,
        byte[]? stdin = null)
    {
        var argv = args.ToArray();
        var commandLine = string.Join(" ", argv.Select(a => a.Contains(' ') ? "\"" + a + "\"" : a));
        if (environment != null && environment.Count > 0)
            commandLine = string.Join(" ", environment.Select(pair => pair.Key + "=" + pair.Value)) + " " + commandLine;
        await Turn.WaitAsync();
        var names = Owned.Concat(environment?.Keys ?? Enumerable.Empty<string>()).Distinct().ToList();
        var saved = names.ToDictionary(n => n, Environment.GetEnvironmentVariable);
        var (savedOut, savedError, savedIn) = (Console.Out, Console.Error, Console.In);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var released = false;
        try
        {
            foreach (var name in names) Environment.SetEnvironmentVariable(name, null);
            Environment.SetEnvironmentVariable("SMARTGIFT_CONFIG_DIR", Path.Combine(Path.GetTempPath(), "smartgift-cli-tests-no-config"));
            Environment.SetEnvironmentVariable("NO_COLOR", "1");
            if (apiKey != null) Environment.SetEnvironmentVariable("SMARTGIFT_API_KEY", apiKey);
            if (environment != null)
                foreach (var pair in environment) Environment.SetEnvironmentVariable(pair.Key, pair.Value);
            Console.SetOut(TextWriter.Synchronized(stdout));
            Console.SetError(TextWriter.Synchronized(stderr));
            // The CLI reads the bytes (a CSV given as `-`, --api-key-stdin) or, for --store-key, Console.In: each gets the same input.
            var input = stdin ?? Array.Empty<byte>();
            StandardInput.Use(new MemoryStream(input, writable: false));
            Console.SetIn(new StreamReader(new MemoryStream(input, writable: false)));

            var run = Task.Run(() => CliApplication.Main(argv));
            var limit = timeout ?? CliProcess.DefaultTimeout;
            if (await Task.WhenAny(run, Task.Delay(limit)) != run)
            {
                // A hang is never a pass; the run cannot be killed, so its turn is never given back
                // (the runs after it fail too, rather than share its console).
                released = true;
                throw new TimeoutException("smartgift " + commandLine + " (in process) did not finish within " + limit
                    + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr);
            }
            int exitCode;
            try
            {
                exitCode = await run;
            }
            catch (Exception e)
            {
                // What the runtime does with an unhandled exception: the message on stderr, the process ends abnormally.
                stderr.WriteLine("Unhandled exception. " + e);
                exitCode = 134;
            }
            return new CliRun(exitCode, stdout.ToString(), stderr.ToString(), commandLine);
        }
        finally
        {
            if (!released)
            {
                Console.SetOut(savedOut);
                Console.SetError(savedError);
                Console.SetIn(savedIn);
                StandardInput.Use(null);
                foreach (var pair in saved) Environment.SetEnvironmentVariable(pair.Key, pair.Value);
                Turn.Release();
            }
        }
    }

    /// <summary>Standard input as text, UTF-8 encoded.</summary>
    public static Task<CliRun> RunAsync(IEnumerable<string> args, string? apiKey, string stdin, IReadOnlyDictionary<string, string>? environment = null) =>
        RunAsync(args, apiKey, environment, stdin: System.Text.Encoding.UTF8.GetBytes(stdin));
}

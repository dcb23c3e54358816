using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>
/// Runs the CLI in this process: the same entry point as `smartgift` (CliApplication.RunAsync),
/// with standard output and error captured, standard input empty and the same environment
/// CliProcess gives a child. A child process costs a second of start-up and JIT per run; most
/// tests are about what a command does, not about being a process. Tests of exit by signal,
/// standard input, the terminal and the installed tool still start real processes (CliProcess).
/// Runs take turns: the console and the environment belong to the whole process.
/// </summary>
public static class InProcessCli
{
    private static readonly SemaphoreSlim Turn = new SemaphoreSlim(1, 1);

    /// <summary>The variables CliProcess.StartInfo sets or removes for a child, and so here for a run.</summary>
    private static readonly string[] Owned = { "SMARTGIFT_API_KEY", "SMARTGIFT_SITE_ID", "SMARTGIFT_PROFILE", "SMARTGIFT_CONFIG_DIR", "NO_COLOR" };

    public static async Task<CliRun> RunAsync(IEnumerable<string> args, string? apiKey, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var argv = args.ToArray();
        var commandLine = string.Join(" ", argv.Select(a => a.Contains(' ') ? "\"" + a + "\"" : a));
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
            Console.SetIn(new StringReader(""));

            var run = Task.Run(() => CliApplication.RunAsync(argv));
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
                foreach (var pair in saved) Environment.SetEnvironmentVariable(pair.Key, pair.Value);
                Turn.Release();
            }
        }
    }
}

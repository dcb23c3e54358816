using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>
/// A CLI process the test talks to while it runs: wait for a line it prints, send it Ctrl+C
/// (SIGINT), then collect the run. Every wait has a limit; reaching it fails the test.
/// </summary>
public sealed class RunningCli : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new StringBuilder();
    private readonly StringBuilder _stderr = new StringBuilder();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Seen)> _watches = new List<(Func<string, bool>, TaskCompletionSource<string>)>();
    private readonly TaskCompletionSource<bool> _stdoutClosed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<bool> _stderrClosed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _commandLine;

    private RunningCli(Process process, string commandLine)
    {
        _process = process;
        _commandLine = commandLine;
    }

    public static RunningCli Start(IEnumerable<string> args, string? apiKey)
    {
        var start = CliProcess.StartInfo(args, apiKey, null, out var shown);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var cli = new RunningCli(process, shown);
        process.OutputDataReceived += (_, e) => cli.OnLine(e.Data, cli._stdout, cli._stdoutClosed);
        process.ErrorDataReceived += (_, e) => cli.OnLine(e.Data, cli._stderr, cli._stderrClosed);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>The first line (stdout or stderr) that matches, seen already or still to come.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan limit)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_watches)
        {
            foreach (var line in (_stdout + "\n" + _stderr).Split('\n'))
                if (match(line)) return line;
            _watches.Add((match, seen));
        }
        var done = await Task.WhenAny(seen.Task, Task.Delay(limit));
        if (done != seen.Task) throw new TimeoutException("no matching line within " + limit + " from smartgift " + _commandLine + "\n" + Snapshot());
        return await seen.Task;
    }

    /// <summary>Ctrl+C: SIGINT to the process (dotnet runs the app in its own process).</summary>
    public void Interrupt() => Signal("INT");

    /// <summary>What a service manager sends to stop a process.</summary>
    public void Terminate() => Signal("TERM");

    private void Signal(string name)
    {
        using var kill = Process.Start("kill", "-" + name + " " + _process.Id);
        kill!.WaitForExit();
    }

    public async Task<CliRun> WaitForExitAsync(TimeSpan limit)
    {
        using var cancel = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            await Task.WhenAll(_stdoutClosed.Task, _stderrClosed.Task).WaitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException("smartgift " + _commandLine + " did not end within " + limit + "\n" + Snapshot());
        }
        lock (_watches) return new CliRun(_process.ExitCode, _stdout.ToString(), _stderr.ToString(), _commandLine);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private void OnLine(string? line, StringBuilder into, TaskCompletionSource<bool> closed)
    {
        if (line == null)
        {
            closed.TrySetResult(true);
            return;
        }
        lock (_watches)
        {
            into.Append(line).Append('\n');
            foreach (var watch in _watches.ToArray())
            {
                if (!watch.Match(line)) continue;
                watch.Seen.TrySetResult(line);
                _watches.Remove(watch);
            }
        }
    }

    private string Snapshot()
    {
        lock (_watches) return "--- stdout ---\n" + _stdout + "\n--- stderr ---\n" + _stderr;
    }
}

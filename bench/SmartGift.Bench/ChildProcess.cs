using System.Reflection;

namespace SmartGift.Bench;

/// <summary>
/// Runs this benchmark program again as a child process for one measurement, so that CPU time
/// and peak memory are the client's alone (the mock server stays in the parent). The child gets
/// its job as one JSON argument and prints one line "RESULT {json}".
/// </summary>
internal static class ChildProcess
{
    private const string ResultPrefix = "RESULT ";

    public static async Task<TResult> RunAsync<TJob, TResult>(string command, TJob job, TimeSpan timeout)
    {
        var arguments = new[] { command, JsonSerializer.Serialize(job) };
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this process is unknown.");
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // Started as `dotnet SmartGift.Bench.dll`: the child needs the dll named again.
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        }

        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the child process.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(timeout)).ConfigureAwait(false) != exited)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The child measurement '{string.Join(" ", arguments)}' did not finish within {timeout.TotalMinutes:0} minutes.");
        }

        var text = await output.ConfigureAwait(false);
        var stderr = await errors.ConfigureAwait(false);
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith(ResultPrefix, StringComparison.Ordinal));
        if (process.ExitCode == 0 && line != null) return JsonSerializer.Deserialize<TResult>(line.Substring(ResultPrefix.Length))!;
        throw new InvalidOperationException(
            $"The child measurement '{string.Join(" ", arguments)}' exited with {process.ExitCode} and no result:\n{Tail(text)}\n{Tail(stderr)}");
    }

    /// <summary>The child side: reads the job, measures, writes the result line the parent looks for.</summary>
    public static int Serve<TJob, TResult>(IReadOnlyList<string> args, Func<TJob, TResult> measure)
    {
        var job = args.Count == 1 ? JsonSerializer.Deserialize<TJob>(args[0]) : default;
        if (job == null) throw new ArgumentException("The child takes its job as one JSON argument.");
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(measure(job)));
        return 0;
    }

    private static string Tail(string text) => text.Length > 3000 ? text.Substring(text.Length - 3000) : text;
}

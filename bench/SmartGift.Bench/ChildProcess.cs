using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;

namespace SmartGift.Bench;

/// <summary>
/// Runs this benchmark program again as a child process for one measurement, so that CPU time
/// and peak memory are the client's alone (the mock server stays in the parent). The child
/// prints one line "RESULT {json}".
/// </summary>
internal static class ChildProcess
{
    public const string ResultPrefix = "RESULT ";

    public static async Task<JsonElement> RunAsync(IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this process is unknown.");
        start.FileName = host;
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
        foreach (var line in text.Split('\n'))
        {
            if (process.ExitCode == 0 && line.StartsWith(ResultPrefix, StringComparison.Ordinal))
            {
                using var document = JsonDocument.Parse(line.Substring(ResultPrefix.Length));
                return document.RootElement.Clone();
            }
        }

        throw new InvalidOperationException(
            $"The child measurement '{string.Join(" ", arguments)}' exited with {process.ExitCode} and no result:\n{Tail(text)}\n{Tail(stderr)}");
    }

    /// <summary>Writes the result line the parent looks for.</summary>
    public static void Report(object result) =>
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result));

    private static string Tail(string text) => text.Length > 3000 ? text.Substring(text.Length - 3000) : text;
}

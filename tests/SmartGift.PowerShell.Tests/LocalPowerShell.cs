using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace SmartGift.PowerShell.Tests;

/// <summary>
/// The PowerShell the repository installs for itself: `dotnet tool restore` from the local tool
/// manifest, then `dotnet tool run pwsh`. Pester and the older dependency versions used by the
/// conflict tests come from this project's NuGet restore (PackageDownload).
/// </summary>
internal static class LocalPowerShell
{
    private static readonly object Gate = new object();
    private static bool _restored;

    public static string PackageRoot => Metadata("SmartGiftNuGetPackageRoot");

    public static string PesterManifest => Path.Combine(PackageRoot, "pester", Metadata("SmartGiftPesterVersion"), "tools", "Pester.psd1");

    /// <summary>Runs pwsh with the arguments, streaming its output lines to <paramref name="onLine"/>.</summary>
    public static PwshRun Run(Action<string> onLine, params string[] arguments)
    {
        EnsureInstalled();
        return Start("dotnet", new[] { "tool", "run", "pwsh", "--" }.Concat(arguments), onLine);
    }

    private static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (_restored) return;
            var restore = Start("dotnet", new[] { "tool", "restore" }, _ => { });
            if (restore.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    "PowerShell could not be installed from the local tool manifest (.config/dotnet-tools.json): `dotnet tool restore` exited with "
                    + restore.ExitCode + ". The module tests need it; check that the NuGet source serves the PowerShell tool 7.6.9.\n" + restore.Output);
            }
            _restored = true;
        }
    }

    private static PwshRun Start(string file, IEnumerable<string> arguments, Action<string> onLine)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = ModuleFolder.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // Plain text: no ANSI colour codes in the test log.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // What TestEnvironment.ps1 starts: the assemblies this build made.
        start.Environment["SMARTGIFT_TEST_MOCK_SERVER"] = ModuleFolder.MockServerAssembly;
        start.Environment["SMARTGIFT_TEST_CLI"] = ModuleFolder.CliAssembly;

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        DataReceivedEventHandler collect = (_, e) =>
        {
            if (e.Data == null) return;
            lock (output) output.AppendLine(e.Data);
            onLine(e.Data);
        };
        process.OutputDataReceived += collect;
        process.ErrorDataReceived += collect;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return new PwshRun(process.ExitCode, output.ToString());
    }

    private static string Metadata(string key) =>
        typeof(LocalPowerShell).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

internal sealed class PwshRun
{
    public PwshRun(int exitCode, string output)
    {
        ExitCode = exitCode;
        Output = output;
    }

    public int ExitCode { get; }

    public string Output { get; }

    /// <summary>The runner's FAILED lines, Pester's "[-]" lines and its summary; the output's end when there are none.</summary>
    public string FailedLines
    {
        get
        {
            var lines = Output.Split('\n');
            var failed = lines.Where(l => l.Contains("FAILED") || l.TrimStart().StartsWith("[-]", StringComparison.Ordinal) || l.Contains("Tests Passed:")).ToArray();
            return string.Join("\n", failed.Length > 0 ? failed : lines.Skip(Math.Max(0, lines.Length - 30)));
        }
    }
}

using System;
using System.IO;
using System.Linq;

namespace SmartGift.PowerShell.Tests
{
    /// <summary>A fact that needs PowerShell: skipped, with the reason, where pwsh is not on PATH.</summary>
    public sealed class PwshFactAttribute : FactAttribute
    {
        public PwshFactAttribute()
        {
            if (Pwsh.Path == null)
            {
                Skip = "pwsh is not on PATH: the Pester suite (tests/Pester) needs PowerShell 7.4.2+ with Pester 5; it runs in build.ps1 Test and wherever pwsh exists";
            }
            else if (Environment.GetEnvironmentVariable("SMARTGIFT_PESTER_RUN_BY") == "build.ps1")
            {
                Skip = "build.ps1 Test runs the Pester suite itself, right after dotnet test";
            }
        }
    }

    internal static class Pwsh
    {
        public static string? Path { get; } = Find();

        private static string? Find()
        {
            var names = OperatingSystem.IsWindows() ? new[] { "pwsh.exe" } : new[] { "pwsh" };
            return (Environment.GetEnvironmentVariable("PATH") ?? "")
                .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(dir => names.Select(n => System.IO.Path.Combine(dir, n)))
                .FirstOrDefault(File.Exists);
        }
    }
}

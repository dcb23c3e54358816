using System.Diagnostics;

namespace SmartGift.PowerShell.Tests
{
    /// <summary>Runs the real Pester suite against the built module, where PowerShell exists.</summary>
    public class PesterSuiteTests
    {
        [PwshFact]
        public void The_Pester_suite_passes()
        {
            var start = new ProcessStartInfo(Pwsh.Path!)
            {
                WorkingDirectory = ModuleFolder.RepoRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "-NoProfile", "-NonInteractive", "-Command", "Invoke-Pester -Path tests/Pester -CI -Output Detailed" })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "Invoke-Pester exited with " + process.ExitCode + ":\n" + output + "\n" + error.Result);
        }
    }
}

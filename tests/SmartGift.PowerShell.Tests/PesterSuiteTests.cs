using System.IO;
using Xunit.Abstractions;

namespace SmartGift.PowerShell.Tests;

/// <summary>
/// Runs the whole Pester suite (tests/Pester) in a real PowerShell 7.6 against the built module
/// and the mock server. PowerShell comes from the repository's local tool manifest
/// (.config/dotnet-tools.json) and Pester from this project's NuGet restore (PackageDownload),
/// so a fresh machine needs nothing but the .NET SDK. Never skipped: a machine that cannot
/// install PowerShell fails here and says why.
/// </summary>
public class PesterSuiteTests
{
    private readonly ITestOutputHelper _output;

    public PesterSuiteTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void The_Pester_suite_passes()
    {
        var pester = LocalPowerShell.PesterManifest;
        Assert.True(File.Exists(pester), "Pester was not restored to " + pester + " (PackageDownload in SmartGift.PowerShell.Tests.csproj)");

        var results = Path.Combine(Path.GetTempPath(), "smartgift-pester-" + System.Guid.NewGuid().ToString("N") + ".xml");
        var run = LocalPowerShell.Run(_output.WriteLine,
            "-NoProfile", "-NonInteractive", "-File", ModuleFolder.Repo("tests", "Pester", "Invoke-SgPester.ps1"),
            "-PesterManifest", pester, "-ResultPath", results);
        File.Delete(results);

        Assert.True(run.ExitCode == 0, "The Pester suite failed (exit " + run.ExitCode + "); the failed tests:\n" + run.FailedLines);
        Assert.Matches(@"Tests Passed: [1-9]\d*, Failed: 0", run.Output);
    }
}

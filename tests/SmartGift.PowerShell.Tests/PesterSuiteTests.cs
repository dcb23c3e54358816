using System.IO;
using System.Linq;
using Xunit.Abstractions;

namespace SmartGift.PowerShell.Tests;

/// <summary>
/// Runs the whole Pester suite (tests/Pester) in a real PowerShell 7.6 against the built module
/// and the mock server. PowerShell comes from the repository's local tool manifest
/// (.config/dotnet-tools.json) and Pester from this project's NuGet restore (PackageDownload),
/// so a fresh machine needs nothing but the .NET SDK. Never skipped: a machine that cannot
/// install PowerShell fails here and says why.
/// The suite runs as two halves, each in its own pwsh, which xUnit runs side by side (one class
/// each): one pwsh keeps one core busy, and the suite took 2.5 minutes of a 2-core CI machine's
/// 6. The halves share nothing: each pwsh has its own mock servers, ledger folder
/// (smartgift-pester-ledgers-PID), TestDrive and environment.
/// </summary>
public abstract class PesterSuiteTests
{
    // The two slowest files (every documented command, the nightly job's rehearsals) go to
    // different halves; every other file to the half its place in name order gives it.
    protected static readonly string[] Slowest = { "DocCommands.Tests.ps1", "Nightly.Tests.ps1" };

    private readonly ITestOutputHelper _output;

    protected PesterSuiteTests(ITestOutputHelper output) => _output = output;

    /// <summary>The test files of half 0 or 1: together every *.Tests.ps1 of tests/Pester, once.</summary>
    public static string[] Half(int half)
    {
        var files = Directory.GetFiles(ModuleFolder.Repo("tests", "Pester"), "*.Tests.ps1").OrderBy(f => f, System.StringComparer.Ordinal).ToList();
        var rest = files.Where(f => !Slowest.Contains(Path.GetFileName(f))).ToList();
        return files.Where(f => Path.GetFileName(f) == Slowest[half])
            .Concat(rest.Where((_, i) => i % 2 == half)).ToArray();
    }

    protected void RunHalf(int half)
    {
        var pester = LocalPowerShell.PesterManifest;
        Assert.True(File.Exists(pester), "Pester was not restored to " + pester + " (PackageDownload in SmartGift.PowerShell.Tests.csproj)");

        var results = Path.Combine(Path.GetTempPath(), "smartgift-pester-" + System.Guid.NewGuid().ToString("N") + ".xml");
        var run = LocalPowerShell.Run(_output.WriteLine,
            "-NoProfile", "-NonInteractive", "-File", ModuleFolder.Repo("tests", "Pester", "Invoke-SgPester.ps1"),
            "-PesterManifest", pester, "-ResultPath", results, "-Path", string.Join(Path.PathSeparator, Half(half)));
        File.Delete(results);

        Assert.True(run.ExitCode == 0, "The Pester suite failed (exit " + run.ExitCode + "); the failed tests:\n" + run.FailedLines);
        Assert.Matches(@"Tests Passed: [1-9]\d*, Failed: 0", run.Output);
    }
}

public sealed class PesterFirstHalfTests : PesterSuiteTests
{
    public PesterFirstHalfTests(ITestOutputHelper output) : base(output) { }

    [Fact]
    public void The_first_half_of_the_Pester_suite_passes() => RunHalf(0);
}

public sealed class PesterSecondHalfTests : PesterSuiteTests
{
    public PesterSecondHalfTests(ITestOutputHelper output) : base(output) { }

    [Fact]
    public void The_second_half_of_the_Pester_suite_passes() => RunHalf(1);

    [Fact]
    public void The_halves_hold_every_test_file_once()
    {
        var all = Directory.GetFiles(ModuleFolder.Repo("tests", "Pester"), "*.Tests.ps1").OrderBy(f => f, System.StringComparer.Ordinal);
        var halves = Half(0).Concat(Half(1)).OrderBy(f => f, System.StringComparer.Ordinal);
        Assert.Equal(all, halves);
        Assert.All(Slowest, name => Assert.Contains(all, f => Path.GetFileName(f) == name));
    }
}

using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SmartGift.PowerShell.Tests;

/// <summary>Where the built module and the repository's files are, found from the test's own location.</summary>
internal static class ModuleFolder
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Version => Metadata("SmartGiftVersion");

    /// <summary>The built mock server and CLI, where MSBuild put them (what Pester starts).</summary>
    public static string MockServerAssembly => Metadata("SmartGiftMockServer");

    public static string CliAssembly => Metadata("SmartGiftCli");

    /// <summary>out/SmartGift/&lt;ver&gt;/ for Release, out/&lt;Configuration&gt;/SmartGift/&lt;ver&gt;/ otherwise (as SmartGift.PowerShell.csproj lays it out).</summary>
    public static string Path
    {
        get
        {
            var configuration = Metadata("SmartGiftConfiguration");
            var root = configuration == "Release"
                ? System.IO.Path.Combine(RepoRoot, "out", "SmartGift")
                : System.IO.Path.Combine(RepoRoot, "out", configuration, "SmartGift");
            return System.IO.Path.Combine(root, Version);
        }
    }

    public static string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Where SmartGift.Core and the libraries load from, through ModuleInitAndCleanup only.</summary>
    public static string DependencyPath => System.IO.Path.Combine(Path, "dependencies");

    public static string Repo(params string[] parts) => System.IO.Path.Combine(new[] { RepoRoot }.Concat(parts).ToArray());

    /// <summary>The compile-time System.Management.Automation from the PowerShellStandard.Library package.</summary>
    public static string PowerShellReferenceAssembly
    {
        get
        {
            var path = System.IO.Path.Combine(LocalPowerShell.PackageRoot, "powershellstandard.library", "5.1.1", "lib", "netstandard2.0", "System.Management.Automation.dll");
            if (!System.IO.File.Exists(path)) throw new FileNotFoundException("PowerShellStandard.Library is not in the NuGet cache (restore the solution first)", path);
            return path;
        }
    }

    private static string Metadata(string key) =>
        typeof(ModuleFolder).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException("No " + key + " metadata.");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "SmartGift.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("SmartGift.sln not found above " + AppContext.BaseDirectory);
    }
}

using System;
using System.IO;

namespace SmartGift.Testing;

/// <summary>Files of the repository the tests were built from, found by walking up from the test binaries to SmartGift.sln.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>docs/samples/&lt;name&gt;.</summary>
    public static string Sample(string name) => Path.Combine(Root, "docs", "samples", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SmartGift.sln"))) return dir.FullName;
        throw new InvalidOperationException("Repository root (SmartGift.sln) not found above " + AppContext.BaseDirectory);
    }
}

namespace SmartGift.Cli.Demo;

/// <summary>
/// Finds docs/samples/sales.csv: in the repository (walking up from the tool and from the
/// current directory), else the copy embedded in the tool, written to the demo's folder.
/// </summary>
internal static class DemoSample
{
    private const string RelativePath = "docs/samples/sales.csv";

    public static string Locate(string workFolder)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (File.Exists(candidate)) return candidate;
            }
        }

        using var embedded = typeof(DemoSample).Assembly.GetManifestResourceStream("sales.csv")
            ?? throw new CliException(ExitCodes.UsageError, "The demo needs " + RelativePath + ": not found from here, and this build has no embedded copy.");
        var path = Path.Combine(workFolder, "sales.csv");
        using (var file = File.Create(path)) embedded.CopyTo(file);
        return path;
    }
}

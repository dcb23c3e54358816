namespace SmartGift.Cli;

/// <summary>
/// Where an installed tool's users read more: the guide (docs/cli.md) is copied beside the tool's
/// assembly, so the help names a file on this machine. The project has no published address to
/// give instead (issue 21, finding 9: a placeholder address led nowhere).
/// </summary>
internal static class ProjectLinks
{
    private static readonly string Installed = Path.Combine(AppContext.BaseDirectory, "docs", "cli.md");

    public static string CliGuide => File.Exists(Installed) ? Installed : "docs/cli.md in the SmartGift source";
}

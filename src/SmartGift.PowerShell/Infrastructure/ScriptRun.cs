using System.Management.Automation.Host;

namespace SmartGift.Commands;

/// <summary>
/// Whether this pwsh runs a script or a command and then ends (pwsh -File, -Command,
/// -EncodedCommand, -NonInteractive, or a script as its first argument), not an interactive
/// session. After Ctrl+C stops a write, pwsh -File would exit 0 (issue 21, finding 4): in such
/// a run the write asks the host to exit 130 instead, as a shell does after Ctrl+C; an
/// interactive session is never ended.
/// </summary>
internal static class ScriptRun
{
    public static bool EndsAfterwards(PSHost host)
    {
        if (host.Name != "ConsoleHost") return false; // hosted runspaces (editors, services) own their exit
        var script = false;
        foreach (var argument in Environment.GetCommandLineArgs().Skip(1))
        {
            if (!(argument.StartsWith("-", StringComparison.Ordinal) || argument.StartsWith("/", StringComparison.Ordinal)))
            {
                // A script to run (pwsh script.ps1); other plain words are an option's value (-ExecutionPolicy Bypass).
                if (argument.EndsWith(".ps1", StringComparison.OrdinalIgnoreCase)) return true;
                continue;
            }
            var name = argument.TrimStart('-', '/').ToLowerInvariant();
            if (name.Length >= 3 && "noexit".StartsWith(name, StringComparison.Ordinal)) return false;
            if (name.Length >= 4 && "noninteractive".StartsWith(name, StringComparison.Ordinal)) script = true;
            // Everything after -File or -Command belongs to the script or the command.
            if (name.Length >= 1 && ("file".StartsWith(name, StringComparison.Ordinal) || "command".StartsWith(name, StringComparison.Ordinal)
                || "encodedcommand".StartsWith(name, StringComparison.Ordinal) || name == "ec")) return true;
        }
        return script;
    }
}

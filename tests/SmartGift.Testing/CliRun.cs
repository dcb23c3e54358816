using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace SmartGift.Testing;

/// <summary>What one run of the built CLI produced.</summary>
public sealed class CliRun
{
    public CliRun(int exitCode, string stdout, string stderr, string commandLine)
    {
        ExitCode = exitCode;
        Stdout = stdout;
        Stderr = stderr;
        CommandLine = commandLine;
    }

    public int ExitCode { get; }
    public string Stdout { get; }
    public string Stderr { get; }
    public string CommandLine { get; }

    /// <summary>stdout as JSON Lines (the --output jsonl format): one object per non-empty line.</summary>
    public IReadOnlyList<JsonElement> JsonLines() =>
        Stdout.Split('\n').Where(l => l.Trim().Length > 0).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.Clone()).ToList();

    /// <summary>stdout as one JSON document (the --output json format); throws when it is not exactly one.</summary>
    public JsonElement JsonDocument()
    {
        using var document = System.Text.Json.JsonDocument.Parse(Stdout);
        return document.RootElement.Clone();
    }

    /// <summary>For assertion messages: everything needed to see why a run was not as expected.</summary>
    public override string ToString() =>
        "$ smartgift " + CommandLine + "\nexit " + ExitCode + "\n--- stdout ---\n" + Stdout + "\n--- stderr ---\n" + Stderr;
}

using System;
using System.IO;

namespace SmartGift.Cli.Tests;

/// <summary>A fact that drives the CLI through a real pseudo-terminal with util-linux `script`: skipped, with the reason, where there is none.</summary>
public sealed class TerminalFactAttribute : FactAttribute
{
    public const string Script = "/usr/bin/script";

    public TerminalFactAttribute()
    {
        if (OperatingSystem.IsWindows() || !File.Exists(Script))
            Skip = "needs util-linux script (" + Script + ") to give the CLI a pseudo-terminal; the prompt path selection is unit-tested in ApiKeyPromptTests";
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SmartGift.PowerShell.Tests;

/// <summary>The few keys of SmartGift.psd1 the tests check, read as text (no PowerShell here to evaluate it).</summary>
internal sealed class ModuleManifest
{
    private readonly string _text;

    public ModuleManifest(string path) => _text = File.ReadAllText(path);

    public string? Value(string key)
    {
        var match = Regex.Match(_text, @"^\s*" + key + @"\s*=\s*'([^']*)'", RegexOptions.Multiline);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The quoted items of "Key = @( ... )" (or a single quoted value).</summary>
    public IReadOnlyList<string>? List(string key)
    {
        var match = Regex.Match(_text, @"^\s*" + key + @"\s*=\s*@\(([^)]*)\)", RegexOptions.Multiline);
        if (!match.Success) return Value(key) is string single ? new[] { single } : null;
        return Regex.Matches(match.Groups[1].Value, @"'([^']*)'").Select(m => m.Groups[1].Value).ToList();
    }
}

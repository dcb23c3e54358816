using System;
using System.Collections.Generic;
using System.Globalization;

namespace SmartGift.Bench;

/// <summary>The "--name value" arguments the parent passes to a child measurement.</summary>
internal sealed class ChildArguments
{
    private readonly Dictionary<string, string> _values = new Dictionary<string, string>(StringComparer.Ordinal);

    public ChildArguments(IReadOnlyList<string> args)
    {
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException("Expected --name value, got '" + args[i] + "'.");
            _values[args[i].Substring(2)] = args[i + 1];
        }
    }

    public string Text(string name) =>
        _values.TryGetValue(name, out var value) ? value : throw new ArgumentException("The child needs --" + name + ".");

    public string? OptionalText(string name) => _values.TryGetValue(name, out var value) ? value : null;

    public int Number(string name) => int.Parse(Text(name), NumberStyles.None, CultureInfo.InvariantCulture);

    public int? OptionalNumber(string name) =>
        OptionalText(name) is string text ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : null;

    public Uri BaseAddress => new Uri(Text("base-url"));
}

namespace SmartGift.HelpGen;

/// <summary>One platyPS-style cmdlet page (docs/cmdlets/Verb-Noun.md), as read.</summary>
public sealed class HelpPage
{
    public string Name { get; set; } = "";
    public string Synopsis { get; set; } = "";
    /// <summary>Parameter set names in the order of ## SYNTAX ("(Default)" removed); "__AllParameterSets" when the page has one unnamed set.</summary>
    public List<string> ParameterSets { get; } = new List<string>();
    public List<string> Description { get; } = new List<string>();
    public List<HelpExample> Examples { get; } = new List<HelpExample>();
    public List<HelpParameter> Parameters { get; } = new List<HelpParameter>();
    public List<HelpTypeEntry> Inputs { get; } = new List<HelpTypeEntry>();
    public List<HelpTypeEntry> Outputs { get; } = new List<HelpTypeEntry>();
    public List<string> Notes { get; } = new List<string>();
    public List<HelpLink> Links { get; } = new List<HelpLink>();

    public string Verb => Name.Contains('-') ? Name.Substring(0, Name.IndexOf('-')) : Name;
    public string Noun => Name.Contains('-') ? Name.Substring(Name.IndexOf('-') + 1) : "";
}

public sealed record HelpExample(string Title)
{
    public string Code { get; set; } = "";
    public List<string> Remarks { get; } = new List<string>();
}

/// <summary>A ### -Name section: its description and the fields of its yaml block.</summary>
public sealed class HelpParameter
{
    public string Name { get; set; } = "";
    public List<string> Description { get; } = new List<string>();
    public Dictionary<string, string> Fields { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public string Field(string name, string fallback = "") => Fields.TryGetValue(name, out var value) && value.Length > 0 ? value : fallback;
    public string Type => Field("Type", "Object");
    public IReadOnlyList<string> Sets => Split(Field("Parameter Sets", "(All)"));
    public IReadOnlyList<string> Aliases => Field("Aliases", "None").Equals("None", StringComparison.OrdinalIgnoreCase) ? Array.Empty<string>() : Split(Field("Aliases"));
    public string Position => Field("Position", "Named");
    public string DefaultValue => Field("Default value", "None");
    public string PipelineInput => Field("Accept pipeline input", "False");
    public bool Globbing => Field("Accept wildcard characters", "False").StartsWith("True", StringComparison.OrdinalIgnoreCase);

    public bool InSet(string set) => Sets.Contains("(All)") || Sets.Contains(set) || set == HelpPageReader.AllSets;

    /// <summary>"True", "False", or per set: "True (Cart), False (Row)".</summary>
    public bool RequiredIn(string set)
    {
        var text = Field("Required", "False");
        if (!text.Contains('(')) return text.StartsWith("True", StringComparison.OrdinalIgnoreCase);
        foreach (Match match in Regex.Matches(text, @"(True|False)\s*\(([^)]*)\)"))
        {
            if (Split(match.Groups[2].Value).Contains(set)) return match.Groups[1].Value == "True";
        }
        return false;
    }

    private static IReadOnlyList<string> Split(string text) =>
        text.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
}

public sealed record HelpTypeEntry(string TypeName)
{
    public List<string> Description { get; } = new List<string>();
}

public sealed record HelpLink(string Text, string Uri);

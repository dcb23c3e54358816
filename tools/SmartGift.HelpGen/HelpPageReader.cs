namespace SmartGift.HelpGen;

/// <summary>
/// Reads a platyPS-style markdown page: front matter, "# Name", then "## SECTION" headings with
/// "### " subsections, paragraphs and fenced code blocks. Unknown sections are ignored.
/// </summary>
public static class HelpPageReader
{
    public const string AllSets = "__AllParameterSets";

    public static HelpPage ReadFile(string path) => Read(File.ReadAllText(path));

    public static HelpPage Read(string markdown)
    {
        var page = new HelpPage();
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var i = 0;
        if (lines.Length > 0 && lines[0].Trim() == "---")
        {
            for (i = 1; i < lines.Length && lines[i].Trim() != "---"; i++)
            {
                // As platyPS does: the online version is the first related link, which Get-Help -Online opens.
                var online = Regex.Match(lines[i], @"^online version:\s*(\S+)\s*$");
                if (online.Success) page.Links.Add(new HelpLink("Online Version:", online.Groups[1].Value));
            }
            i++;
        }

        string section = "", sub = "";
        HelpExample? example = null;
        HelpParameter? parameter = null;
        HelpTypeEntry? typeEntry = null;
        var paragraph = new List<string>();

        void FlushParagraph()
        {
            if (paragraph.Count == 0) return;
            // Inline code marks are markdown only; Get-Help shows plain text.
            var text = string.Join(" ", paragraph.Select(l => l.Trim())).Replace("`", "");
            paragraph.Clear();
            switch (section)
            {
                case "SYNOPSIS": page.Synopsis = (page.Synopsis + " " + text).Trim(); break;
                case "DESCRIPTION": page.Description.Add(text); break;
                case "EXAMPLES": example?.Remarks.Add(text); break;
                case "PARAMETERS": parameter?.Description.Add(text); break;
                case "INPUTS":
                case "OUTPUTS": typeEntry?.Description.Add(text); break;
                case "NOTES": page.Notes.Add(text); break;
                case "RELATED LINKS": AddLinks(page, text); break;
            }
        }

        for (; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                FlushParagraph();
                var block = new List<string>();
                for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++) block.Add(lines[i]);
                if (section == "EXAMPLES" && example != null && example.Code.Length == 0) example.Code = string.Join("\n", block).Trim('\n');
                else if (section == "PARAMETERS" && parameter != null) ReadYaml(parameter, block);
                continue;
            }
            if (line.StartsWith("# ", StringComparison.Ordinal) && page.Name.Length == 0)
            {
                page.Name = line.Substring(2).Trim();
                continue;
            }
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                FlushParagraph();
                section = line.Substring(3).Trim().ToUpperInvariant();
                sub = "";
                example = null; parameter = null; typeEntry = null;
                continue;
            }
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                FlushParagraph();
                sub = line.Substring(4).Trim();
                switch (section)
                {
                    case "SYNTAX":
                        var set = Regex.Replace(sub, @"\s*\(Default\)\s*$", "", RegexOptions.IgnoreCase).Trim();
                        page.ParameterSets.Add(set);
                        break;
                    case "EXAMPLES":
                        example = new HelpExample(sub);
                        page.Examples.Add(example);
                        break;
                    case "PARAMETERS":
                        // "### CommonParameters" is text, not a parameter of the cmdlet.
                        parameter = sub.StartsWith('-') ? new HelpParameter { Name = sub.Substring(1).Trim() } : null;
                        if (parameter != null) page.Parameters.Add(parameter);
                        break;
                    case "INPUTS":
                    case "OUTPUTS":
                        typeEntry = new HelpTypeEntry(sub);
                        (section == "INPUTS" ? page.Inputs : page.Outputs).Add(typeEntry);
                        break;
                }
                continue;
            }
            if (line.Trim().Length == 0) FlushParagraph();
            else paragraph.Add(line);
        }
        FlushParagraph();
        if (page.ParameterSets.Count == 0) page.ParameterSets.Add(AllSets);
        return page;
    }

    private static void ReadYaml(HelpParameter parameter, IEnumerable<string> block)
    {
        foreach (var line in block)
        {
            if (line.Split(':', 2) is [{ Length: > 0 } name, var value]) parameter.Fields[name.Trim()] = value.Trim();
        }
    }

    private static void AddLinks(HelpPage page, string text)
    {
        foreach (Match match in Regex.Matches(text, @"\[([^\]]+)\]\(([^)]*)\)"))
        {
            var uri = match.Groups[2].Value;
            // Links to sibling pages become plain cmdlet names, which Get-Help shows as related commands.
            page.Links.Add(new HelpLink(match.Groups[1].Value, uri.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? "" : uri));
        }
    }
}

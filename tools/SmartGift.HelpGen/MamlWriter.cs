using System.Xml.Linq;

namespace SmartGift.HelpGen;

/// <summary>Writes help pages as MAML (the format Get-Help reads from Module.dll-Help.xml).</summary>
public static class MamlWriter
{
    public static readonly XNamespace Msh = "http://msh";
    public static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    public static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    public static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    public static XDocument Write(IEnumerable<HelpPage> pages) =>
        new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Msh + "helpItems",
                new XAttribute("schema", "maml"),
                new XAttribute(XNamespace.Xmlns + "maml", Maml),
                new XAttribute(XNamespace.Xmlns + "command", Command),
                new XAttribute(XNamespace.Xmlns + "dev", Dev),
                pages.Select(CommandElement)));

    private static XElement CommandElement(HelpPage page) =>
        new XElement(Command + "command",
            new XElement(Command + "details",
                new XElement(Command + "name", page.Name),
                new XElement(Command + "verb", page.Verb),
                new XElement(Command + "noun", page.Noun),
                Paragraphs(Maml + "description", new[] { page.Synopsis })),
            Paragraphs(Maml + "description", page.Description),
            new XElement(Command + "syntax",
                page.ParameterSets.Select(set => new XElement(Command + "syntaxItem",
                    new XElement(Maml + "name", page.Name),
                    page.Parameters.Where(p => p.InSet(set)).Select(p => ParameterElement(p, p.RequiredIn(set)))))),
            new XElement(Command + "parameters",
                page.Parameters.Select(p => ParameterElement(p, page.ParameterSets.Any(p.RequiredIn)))),
            new XElement(Command + "inputTypes", page.Inputs.Select(t => TypeElement(Command + "inputType", t))),
            new XElement(Command + "returnValues", page.Outputs.Select(t => TypeElement(Command + "returnValue", t))),
            new XElement(Maml + "alertSet",
                new XElement(Maml + "alert", page.Notes.Select(n => new XElement(Maml + "para", n)))),
            new XElement(Command + "examples",
                page.Examples.Select(e => new XElement(Command + "example",
                    new XElement(Maml + "title", "-------------------------- " + e.Title + " --------------------------"),
                    new XElement(Dev + "code", e.Code),
                    Paragraphs(Dev + "remarks", e.Remarks)))),
            new XElement(Command + "relatedLinks",
                page.Links.Select(l => new XElement(Maml + "navigationLink",
                    new XElement(Maml + "linkText", l.Text),
                    new XElement(Maml + "uri", l.Uri)))));

    private static XElement ParameterElement(HelpParameter parameter, bool required)
    {
        var type = parameter.Type;
        var isSwitch = type == "SwitchParameter";
        return new XElement(Command + "parameter",
            new XAttribute("required", required ? "true" : "false"),
            new XAttribute("variableLength", type.EndsWith("[]", StringComparison.Ordinal) ? "true" : "false"),
            new XAttribute("globbing", parameter.Globbing ? "true" : "false"),
            new XAttribute("pipelineInput", parameter.PipelineInput),
            new XAttribute("position", parameter.Position.Equals("named", StringComparison.OrdinalIgnoreCase) ? "named" : parameter.Position),
            new XAttribute("aliases", parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases)),
            new XElement(Maml + "name", parameter.Name),
            Paragraphs(Maml + "description", parameter.Description),
            isSwitch ? null : new XElement(Command + "parameterValue", new XAttribute("required", "true"), new XAttribute("variableLength", "false"), type),
            new XElement(Dev + "type", new XElement(Maml + "name", type), new XElement(Maml + "uri")),
            new XElement(Dev + "defaultValue", parameter.DefaultValue));
    }

    private static XElement TypeElement(XName name, HelpTypeEntry entry) =>
        new XElement(name,
            new XElement(Dev + "type", new XElement(Maml + "name", entry.TypeName)),
            Paragraphs(Maml + "description", entry.Description));

    private static XElement Paragraphs(XName name, IEnumerable<string> paragraphs) =>
        new XElement(name, paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => new XElement(Maml + "para", p)));
}

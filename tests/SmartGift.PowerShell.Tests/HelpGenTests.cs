using System.Linq;
using System.Xml.Linq;
using SmartGift.HelpGen;

namespace SmartGift.PowerShell.Tests;

/// <summary>The markdown-to-MAML converter on a small page.</summary>
public class HelpGenTests
{
    private const string Markdown = @"---
external help file: X.dll-Help.xml
---

# Get-Thing

## SYNOPSIS
Gets things.

## SYNTAX

### ByName (Default)
```
Get-Thing [[-Name] <String[]>]
```

### ById
```
Get-Thing -Id <String>
```

## DESCRIPTION
First paragraph
over two lines.

Second `paragraph`.

## EXAMPLES

### Example 1: One
```powershell
Get-Thing -Name a*
```

Gets the a things.

## PARAMETERS

### -Name
The names.

```yaml
Type: String[]
Parameter Sets: ByName
Aliases: n, nm

Required: False
Position: 0
Default value: None
Accept pipeline input: False
Accept wildcard characters: True
```

### -Id
The id.

```yaml
Type: String
Parameter Sets: ById
Aliases: None

Required: True
Position: Named
Default value: None
Accept pipeline input: True (ByPropertyName)
Accept wildcard characters: False
```

### CommonParameters
Common.

## OUTPUTS

### Thing
A thing.

## NOTES
A note.

## RELATED LINKS

[Set-Thing](Set-Thing.md)

[Online](https://example.com/thing)
";

    [Fact]
    public void Reads_every_section_of_a_platyPS_page()
    {
        var page = HelpPageReader.Read(Markdown);
        Assert.Equal("Get-Thing", page.Name);
        Assert.Equal("Get", page.Verb);
        Assert.Equal("Thing", page.Noun);
        Assert.Equal("Gets things.", page.Synopsis);
        Assert.Equal(new[] { "ByName", "ById" }, page.ParameterSets);
        Assert.Equal(new[] { "First paragraph over two lines.", "Second paragraph." }, page.Description);
        var example = Assert.Single(page.Examples);
        Assert.Equal("Example 1: One", example.Title);
        Assert.Equal("Get-Thing -Name a*", example.Code);
        Assert.Equal("Gets the a things.", Assert.Single(example.Remarks));
        Assert.Equal(new[] { "Name", "Id" }, page.Parameters.Select(p => p.Name));
        var name = page.Parameters[0];
        Assert.Equal("String[]", name.Type);
        Assert.Equal(new[] { "n", "nm" }, name.Aliases);
        Assert.True(name.Globbing);
        Assert.True(name.InSet("ByName"));
        Assert.False(name.InSet("ById"));
        Assert.True(page.Parameters[1].RequiredIn("ById"));
        Assert.Equal("Thing", Assert.Single(page.Outputs).TypeName);
        Assert.Equal("A note.", Assert.Single(page.Notes));
        Assert.Equal(new[] { "Set-Thing", "Online" }, page.Links.Select(l => l.Text));
        Assert.Equal("https://example.com/thing", page.Links[1].Uri);
    }

    [Fact]
    public void Required_can_differ_by_parameter_set()
    {
        var parameter = new HelpParameter();
        parameter.Fields["Required"] = "True (Cart), False (Row)";
        Assert.True(parameter.RequiredIn("Cart"));
        Assert.False(parameter.RequiredIn("Row"));
    }

    [Fact]
    public void Writes_MAML_with_a_syntax_item_per_set_holding_only_that_sets_parameters()
    {
        var maml = MamlWriter.Write(new[] { HelpPageReader.Read(Markdown) });
        var command = Assert.Single(maml.Root!.Elements(MamlWriter.Command + "command"));
        Assert.Equal("Get-Thing", command.Element(MamlWriter.Command + "details")!.Element(MamlWriter.Command + "name")!.Value);
        var items = command.Element(MamlWriter.Command + "syntax")!.Elements(MamlWriter.Command + "syntaxItem").ToList();
        Assert.Equal(2, items.Count);
        string[] Names(XElement item) => item.Elements(MamlWriter.Command + "parameter").Select(p => p.Element(MamlWriter.Maml + "name")!.Value).ToArray();
        Assert.Equal(new[] { "Name" }, Names(items[0]));
        Assert.Equal(new[] { "Id" }, Names(items[1]));
        var id = items[1].Element(MamlWriter.Command + "parameter")!;
        Assert.Equal("true", id.Attribute("required")!.Value);
        Assert.Equal("True (ByPropertyName)", id.Attribute("pipelineInput")!.Value);
        var name = items[0].Element(MamlWriter.Command + "parameter")!;
        Assert.Equal("0", name.Attribute("position")!.Value);
        Assert.Equal("true", name.Attribute("globbing")!.Value);
        Assert.Equal("n, nm", name.Attribute("aliases")!.Value);
        var example = command.Element(MamlWriter.Command + "examples")!.Element(MamlWriter.Command + "example")!;
        Assert.Equal("Get-Thing -Name a*", example.Element(MamlWriter.Dev + "code")!.Value);
    }
}

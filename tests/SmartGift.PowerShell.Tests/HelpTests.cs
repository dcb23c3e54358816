using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SmartGift.HelpGen;

namespace SmartGift.PowerShell.Tests;

/// <summary>Every cmdlet has a markdown page that matches its declaration, and a MAML entry in the built module.</summary>
public class HelpTests
{
    public static IEnumerable<object[]> Names => CmdletDeclarationTests.Names;

    private static HelpPage Page(string name)
    {
        var path = ModuleFolder.Repo("docs", "cmdlets", name + ".md");
        Assert.True(File.Exists(path), "no help page " + path);
        return HelpPageReader.ReadFile(path);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_page_has_a_synopsis_a_description_and_at_least_two_examples(string name)
    {
        var page = Page(name);
        Assert.Equal(name, page.Name);
        Assert.False(string.IsNullOrWhiteSpace(page.Synopsis));
        Assert.NotEmpty(page.Description);
        Assert.True(page.Examples.Count >= 2, name + " has " + page.Examples.Count + " examples");
        Assert.All(page.Examples, e => Assert.Contains(name, e.Code));
        Assert.NotEmpty(page.Outputs.Concat(page.Inputs));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_page_documents_every_parameter_as_declared(string name)
    {
        var cmdlet = CmdletMetadata.Cmdlet(name);
        var page = Page(name);
        var documented = page.Parameters.Where(p => !(cmdlet.SupportsShouldProcess && (p.Name == "WhatIf" || p.Name == "Confirm"))).ToList();
        Assert.Equal(cmdlet.Parameters.Select(p => p.Name).OrderBy(n => n), documented.Select(p => p.Name).OrderBy(n => n));
        foreach (var doc in documented)
        {
            var declared = cmdlet.Parameter(doc.Name);
            Assert.True(declared.TypeName == doc.Type, $"{name} -{doc.Name}: documented {doc.Type}, declared {declared.TypeName}");
            Assert.True(declared.Aliases.OrderBy(a => a).SequenceEqual(doc.Aliases.OrderBy(a => a)), $"{name} -{doc.Name}: aliases documented [{string.Join(", ", doc.Aliases)}], declared [{string.Join(", ", declared.Aliases)}]");
            Assert.NotEmpty(doc.Description);
            var byValue = declared.Uses.Any(u => u.FromPipeline);
            var byName = declared.Uses.Any(u => u.ByPropertyName);
            Assert.Equal(byValue, doc.PipelineInput.Contains("ByValue"));
            Assert.Equal(byName, doc.PipelineInput.Contains("ByPropertyName"));
            var position = declared.Uses.Select(u => u.Position).FirstOrDefault(p => p != null);
            Assert.Equal(position?.ToString(CultureInfo.InvariantCulture) ?? "Named", doc.Position);
            foreach (var set in cmdlet.Sets.Where(declared.InSet))
            {
                var mandatory = declared.Uses.Any(u => (u.Set == set || u.Set == CmdletParameter.AllSets) && u.Mandatory);
                Assert.True(mandatory == doc.RequiredIn(set), $"{name} -{doc.Name} in set {set}: Required documented {doc.Field("Required")}, declared {mandatory}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_page_lists_the_parameter_sets_the_cmdlet_has(string name)
    {
        var cmdlet = CmdletMetadata.Cmdlet(name);
        Assert.Equal(cmdlet.Sets.OrderBy(s => s), Page(name).ParameterSets.OrderBy(s => s));
    }

    [Fact]
    public void The_built_module_has_a_MAML_command_for_every_cmdlet()
    {
        var maml = XDocument.Load(ModuleFolder.File(Path.Combine("en-US", "SmartGift.PowerShell.dll-Help.xml")));
        Assert.Equal(MamlWriter.Msh + "helpItems", maml.Root!.Name);
        var commands = maml.Root.Elements(MamlWriter.Command + "command").ToList();
        var names = commands.Select(c => c.Element(MamlWriter.Command + "details")!.Element(MamlWriter.Command + "name")!.Value);
        Assert.Equal(CmdletMetadata.Cmdlets.Select(c => c.Name).OrderBy(n => n), names.OrderBy(n => n));
        foreach (var command in commands)
        {
            var details = command.Element(MamlWriter.Command + "details")!;
            var name = details.Element(MamlWriter.Command + "name")!.Value;
            Assert.Equal(Page(name).Synopsis, details.Element(MamlWriter.Maml + "description")!.Element(MamlWriter.Maml + "para")!.Value);
            Assert.Equal(name.Split('-')[0], details.Element(MamlWriter.Command + "verb")!.Value);
            Assert.NotEmpty(command.Element(MamlWriter.Command + "syntax")!.Elements(MamlWriter.Command + "syntaxItem"));
            Assert.True(command.Element(MamlWriter.Command + "examples")!.Elements(MamlWriter.Command + "example").Count() >= 2);
            var parameters = command.Element(MamlWriter.Command + "parameters")!.Elements(MamlWriter.Command + "parameter")
                .Select(p => p.Element(MamlWriter.Maml + "name")!.Value).ToList();
            Assert.All(CmdletMetadata.Cmdlet(name).Parameters, p => Assert.Contains(p.Name, parameters));
        }
    }
}

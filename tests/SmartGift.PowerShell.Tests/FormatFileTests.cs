using System.Linq;
using System.Xml.Linq;

namespace SmartGift.PowerShell.Tests;

public class FormatFileTests
{
    private static readonly XDocument Format = XDocument.Load(ModuleFolder.File("SmartGift.Format.ps1xml"));

    [Fact]
    public void Every_view_is_a_well_formed_table_view()
    {
        Assert.Equal("Configuration", Format.Root!.Name.LocalName);
        var views = Format.Root.Element("ViewDefinitions")!.Elements("View").ToList();
        Assert.NotEmpty(views);
        foreach (var view in views)
        {
            var name = (string?)view.Element("Name");
            Assert.False(string.IsNullOrEmpty(name));
            Assert.NotEmpty(view.Element("ViewSelectedBy")!.Elements("TypeName"));
            var table = view.Element("TableControl")!;
            var headers = table.Element("TableHeaders")!.Elements("TableColumnHeader").Count();
            foreach (var row in table.Element("TableRowEntries")!.Elements("TableRowEntry"))
            {
                var items = row.Element("TableColumnItems")!.Elements("TableColumnItem").ToList();
                Assert.True(headers == items.Count, name + ": " + headers + " headers, " + items.Count + " columns");
                Assert.All(items, i => Assert.Single(i.Elements(), e => e.Name.LocalName == "PropertyName" || e.Name.LocalName == "ScriptBlock"));
            }
        }
        Assert.Equal(views.Count, views.Select(v => (string)v.Element("Name")!).Distinct().Count());
    }

    [Fact]
    public void Every_output_type_has_a_view_and_its_columns_are_real_properties()
    {
        var views = Format.Root!.Element("ViewDefinitions")!.Elements("View").ToList();
        var selected = views.SelectMany(v => v.Element("ViewSelectedBy")!.Elements("TypeName").Select(t => t.Value)).ToList();
        var outputTypes = CmdletMetadata.Cmdlets.SelectMany(c => c.OutputTypes).Distinct().ToList();
        Assert.All(outputTypes, t => Assert.Contains(t, selected));
        Assert.Contains("SmartGift.Experience", selected);
        foreach (var view in views)
        {
            var type = view.Element("ViewSelectedBy")!.Element("TypeName")!.Value;
            var properties = CmdletMetadata.PublicPropertiesOf(type);
            foreach (var property in view.Descendants("PropertyName").Select(p => p.Value))
            {
                Assert.True(properties.Contains(property), type + " has no property " + property);
            }
        }
    }
}

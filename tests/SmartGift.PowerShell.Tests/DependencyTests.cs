using System.IO;
using System.Linq;

namespace SmartGift.PowerShell.Tests;

/// <summary>The module folder is complete and ships nothing PowerShell provides.</summary>
public class DependencyTests
{
    // Provided by every supported host: the .NET Standard facade and PowerShell itself.
    private static readonly string[] HostProvided = { "netstandard", "System.Management.Automation", "mscorlib" };
    private const string IsolationDll = "SmartGift.PowerShell.Isolation.dll";

    [Fact]
    public void PowerShell_is_not_shipped()
    {
        var files = Directory.GetFiles(ModuleFolder.Path).Select(Path.GetFileName).ToList();
        Assert.DoesNotContain("System.Management.Automation.dll", files);
        Assert.DoesNotContain(files, f => f!.StartsWith("Microsoft.PowerShell.", System.StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_assembly_the_module_references_ships_in_its_dependencies_folder()
    {
        var shipped = Directory.GetFiles(ModuleFolder.DependencyPath, "*.dll").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        Assert.Contains("SmartGift.Core", shipped);
        Assert.Contains("System.Text.Json", shipped);
        Assert.Contains("Polly.Core", shipped);
        Assert.Contains("CsvHelper", shipped);
        foreach (var (file, references) in CmdletMetadata.References.Where(r => r.Key != IsolationDll))
        {
            var missing = references.Where(r => !shipped.Contains(r) && !HostProvided.Contains(r)).ToList();
            Assert.True(missing.Count == 0, file + " references assemblies the dependencies folder lacks: " + string.Join(", ", missing));
        }
    }

    [Fact]
    public void Only_the_cmdlets_and_the_load_context_sit_where_PowerShell_probes()
    {
        // Anything beside the cmdlet assembly could be loaded by PowerShell into the shared context.
        var top = Directory.GetFiles(ModuleFolder.Path, "*.dll").Select(Path.GetFileName).OrderBy(f => f, System.StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "SmartGift.PowerShell.Isolation.dll", "SmartGift.PowerShell.dll" }.OrderBy(f => f, System.StringComparer.Ordinal), top);
    }

    [Fact]
    public void The_load_context_uses_nothing_but_the_runtime()
    {
        var references = CmdletMetadata.References[IsolationDll];
        var shipped = Directory.GetFiles(ModuleFolder.DependencyPath, "*.dll").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        Assert.NotEmpty(references);
        Assert.DoesNotContain(references, shipped.Contains);
    }

    [Fact]
    public void No_cmdlet_type_holds_a_field_of_a_SmartGift_Core_value_type()
    {
        Assert.Empty(CmdletMetadata.CoreValueTypeFields);
    }

    [Fact]
    public void The_module_and_its_help_are_laid_out_together()
    {
        Assert.True(File.Exists(ModuleFolder.File("SmartGift.PowerShell.dll")));
        Assert.True(File.Exists(ModuleFolder.File(Path.Combine("en-US", "SmartGift.PowerShell.dll-Help.xml"))));
        Assert.Empty(Directory.GetFiles(ModuleFolder.Path, "*.pdb", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(ModuleFolder.Path, "*.deps.json", SearchOption.AllDirectories));
    }
}

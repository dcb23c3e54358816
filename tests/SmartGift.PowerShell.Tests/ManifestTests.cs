using System;
using System.IO;
using System.Linq;

namespace SmartGift.PowerShell.Tests;

public class ManifestTests
{
    private static readonly ModuleManifest Manifest = new ModuleManifest(ModuleFolder.File("SmartGift.psd1"));

    [Fact]
    public void The_built_manifest_is_the_repository_template_with_the_version_written_in()
    {
        var template = File.ReadAllText(ModuleFolder.Repo("SmartGift.psd1"));
        Assert.Contains("ModuleVersion        = '0.0.0'", template, StringComparison.Ordinal); // the build never rewrites the tracked file
        Assert.Equal(template.TrimEnd().Replace("ModuleVersion        = '0.0.0'", "ModuleVersion        = '" + ModuleFolder.Version + "'", StringComparison.Ordinal),
            File.ReadAllText(ModuleFolder.File("SmartGift.psd1")).TrimEnd());
    }

    [Fact]
    public void CmdletsToExport_is_exactly_the_cmdlets_in_the_assembly()
    {
        Assert.Equal(CmdletMetadata.Cmdlets.Select(c => c.Name).OrderBy(n => n), Manifest.List("CmdletsToExport")!.OrderBy(n => n));
    }

    [Fact]
    public void Nothing_else_is_exported()
    {
        Assert.Empty(Manifest.List("FunctionsToExport")!);
        Assert.Empty(Manifest.List("AliasesToExport")!);
        Assert.Empty(Manifest.List("VariablesToExport")!);
    }

    [Fact]
    public void ModuleVersion_is_the_assembly_version_and_the_folder_name()
    {
        var version = Manifest.Value("ModuleVersion");
        Assert.Equal(ModuleFolder.Version, version);
        var assembly = CmdletMetadata.AssemblyVersion;
        Assert.Equal(version, $"{assembly.Major}.{assembly.Minor}.{assembly.Build}");
        Assert.Equal(version, new DirectoryInfo(ModuleFolder.Path).Name);
    }

    [Fact]
    public void The_root_module_and_format_file_are_in_the_folder()
    {
        Assert.Equal("SmartGift.PowerShell.dll", Manifest.Value("RootModule"));
        Assert.True(File.Exists(ModuleFolder.File(Manifest.Value("RootModule")!)));
        var formats = Manifest.List("FormatsToProcess")!;
        Assert.Equal(new[] { "SmartGift.Format.ps1xml" }, formats);
        Assert.True(File.Exists(ModuleFolder.File(formats[0])));
    }

    [Fact]
    public void It_declares_both_editions_from_Windows_PowerShell_5_1_and_the_gallery_metadata()
    {
        Assert.Equal(new[] { "Core", "Desktop" }, Manifest.List("CompatiblePSEditions")!.OrderBy(e => e));
        Assert.Equal("5.1", Manifest.Value("PowerShellVersion"));
        Assert.True(Guid.TryParse(Manifest.Value("GUID"), out _));
        foreach (var key in new[] { "Author", "CompanyName", "Copyright", "Description", "ReleaseNotes" })
        {
            Assert.False(string.IsNullOrWhiteSpace(Manifest.Value(key)), key);
        }
        // No ProjectUri or LicenseUri until the project has a published address: a placeholder led nowhere (issue 21, finding 9).
        Assert.Null(Manifest.Value("ProjectUri"));
        Assert.Null(Manifest.Value("LicenseUri"));
        Assert.NotEmpty(Manifest.List("Tags")!);
    }
}

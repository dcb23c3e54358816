using System.IO;
using System.Linq;

namespace SmartGift.PowerShell.Tests
{
    /// <summary>The module folder is complete and ships nothing PowerShell provides.</summary>
    public class DependencyTests
    {
        // Provided by every supported host: the .NET Standard facade and PowerShell itself.
        private static readonly string[] HostProvided = { "netstandard", "System.Management.Automation", "mscorlib" };

        [Fact]
        public void PowerShell_is_not_shipped()
        {
            var files = Directory.GetFiles(ModuleFolder.Path).Select(Path.GetFileName).ToList();
            Assert.DoesNotContain("System.Management.Automation.dll", files);
            Assert.DoesNotContain(files, f => f!.StartsWith("Microsoft.PowerShell.", System.StringComparison.OrdinalIgnoreCase));
        }

        [Fact]
        public void Every_assembly_the_module_references_is_in_its_folder()
        {
            var shipped = Directory.GetFiles(ModuleFolder.Path, "*.dll").Select(Path.GetFileNameWithoutExtension).ToHashSet();
            Assert.Contains("SmartGift.Core", shipped);
            Assert.Contains("System.Text.Json", shipped);
            Assert.Contains("Polly.Core", shipped);
            Assert.Contains("CsvHelper", shipped);
            foreach (var (file, references) in CmdletMetadata.References)
            {
                var missing = references.Where(r => !shipped.Contains(r) && !HostProvided.Contains(r)).ToList();
                Assert.True(missing.Count == 0, file + " references assemblies the module folder lacks: " + string.Join(", ", missing));
            }
        }

        [Fact]
        public void The_module_and_its_help_are_laid_out_together()
        {
            Assert.True(File.Exists(ModuleFolder.File("SmartGift.PowerShell.dll")));
            Assert.True(File.Exists(ModuleFolder.File(Path.Combine("en-US", "SmartGift.PowerShell.dll-Help.xml"))));
            Assert.Empty(Directory.GetFiles(ModuleFolder.Path, "*.pdb"));
            Assert.Empty(Directory.GetFiles(ModuleFolder.Path, "*.deps.json"));
        }
    }
}

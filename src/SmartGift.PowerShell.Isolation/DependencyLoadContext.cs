using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace SmartGift.Isolation
{
    /// <summary>
    /// The load context of the module's dependencies on PowerShell 7 (docs/powershell.md,
    /// "Living beside other modules"). Every assembly that SmartGift.Core and its libraries ask for is
    /// loaded here from the module's dependencies folder, so another module's Polly.Core or
    /// CsvHelper in the default context is never used by SmartGift, and ours never reaches it.
    /// Framework assemblies are the exception: they come from the runtime, as they do for every
    /// module (no module can replace them in the default context), and our netstandard2.0 shims of
    /// them (System.Memory, System.Buffers, ...) must not shadow the runtime's types.
    /// </summary>
    public sealed class DependencyLoadContext : AssemblyLoadContext
    {
        private static readonly HashSet<string> FrameworkAssemblies = ReadFrameworkAssemblies();
        private readonly string _folder;

        public DependencyLoadContext(string folder)
            : base("SmartGift", isCollectible: false)
        {
            _folder = folder;
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var name = assemblyName.Name;
            if (string.IsNullOrEmpty(name) || FrameworkAssemblies.Contains(name)) return null;
            var path = Path.Combine(_folder, name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }

        private static HashSet<string> ReadFrameworkAssemblies()
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
            foreach (var path in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                names.Add(Path.GetFileNameWithoutExtension(path));
            }
            return names;
        }
    }
}

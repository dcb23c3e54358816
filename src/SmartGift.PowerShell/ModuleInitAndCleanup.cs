using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Threading;

namespace SmartGift.Commands
{
    /// <summary>
    /// Loads the module's own dependency assemblies (System.Text.Json, Polly.Core, CsvHelper,
    /// Microsoft.Bcl.*, System.Memory, ...) from the module folder. Windows PowerShell 5.1 has no
    /// binding redirects for modules, so a request for any version is answered with the file we
    /// ship. PowerShell 7 only asks for what its runtime does not already provide.
    /// </summary>
    public sealed class ModuleInitAndCleanup : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly string ModuleFolder = Path.GetDirectoryName(typeof(ModuleInitAndCleanup).Assembly.Location) ?? "";
        private static int _registered;

        public void OnImport()
        {
            // Import-Module in several runspaces of one process: register once.
            if (Interlocked.Exchange(ref _registered, 1) == 0) AppDomain.CurrentDomain.AssemblyResolve += ResolveFromModuleFolder;
        }

        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            if (Interlocked.Exchange(ref _registered, 0) == 1) AppDomain.CurrentDomain.AssemblyResolve -= ResolveFromModuleFolder;
        }

        private static Assembly? ResolveFromModuleFolder(object? sender, ResolveEventArgs args)
        {
            var name = new AssemblyName(args.Name).Name;
            if (string.IsNullOrEmpty(name) || ModuleFolder.Length == 0) return null;
            var path = Path.Combine(ModuleFolder, name + ".dll");
            return File.Exists(path) ? Assembly.LoadFrom(path) : null;
        }
    }
}

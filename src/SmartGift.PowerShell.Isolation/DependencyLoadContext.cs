using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace SmartGift.Isolation;

/// <summary>
/// The load context of the module's dependencies on PowerShell 7 (docs/powershell.md, "Living beside other modules"):
/// what SmartGift.Core and its libraries ask for loads from the dependencies folder, so another module's Polly.Core or
/// CsvHelper is never used by SmartGift, and ours never reaches it. Framework assemblies come from the runtime, as for
/// every module, and our netstandard2.0 shims of them (System.Memory, ...) must not shadow the runtime's types.
/// </summary>
public sealed class DependencyLoadContext(string folder) : AssemblyLoadContext("SmartGift", isCollectible: false)
{
    private static readonly HashSet<string> FrameworkAssemblies = new(
        (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(Path.GetFileNameWithoutExtension)!, StringComparer.OrdinalIgnoreCase);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var name = assemblyName.Name;
        if (string.IsNullOrEmpty(name) || FrameworkAssemblies.Contains(name)) return null;
        var path = Path.Combine(folder, name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }

    /// <summary>
    /// Native libraries (SQLite's e_sqlite3, for the ledger) from dependencies/runtimes/&lt;rid&gt;/native/: the runtime's
    /// own search knows nothing of a module folder, and another module's SQLite must not be taken for ours.
    /// </summary>
    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var arch = RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        // This process's platform, most specific first (musl before glibc on a musl system).
        string[] rids = OperatingSystem.IsWindows() ? ["win-" + arch]
            : OperatingSystem.IsMacOS() ? ["osx-" + arch]
            : RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.Ordinal) || File.Exists("/etc/alpine-release")
                ? ["linux-musl-" + arch, "linux-" + arch]
                : ["linux-" + arch];
        var file = OperatingSystem.IsWindows() ? unmanagedDllName + ".dll" : "lib" + unmanagedDllName + (OperatingSystem.IsMacOS() ? ".dylib" : ".so");
        var path = rids.Select(rid => Path.Combine(folder, "runtimes", rid, "native", file)).FirstOrDefault(File.Exists);
        return path == null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}

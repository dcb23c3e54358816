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
        var file = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? unmanagedDllName + ".dll"
            : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "lib" + unmanagedDllName + ".dylib"
            : "lib" + unmanagedDllName + ".so";
        foreach (var rid in RuntimeIds())
        {
            var path = Path.Combine(folder, "runtimes", rid, "native", file);
            if (File.Exists(path)) return LoadUnmanagedDllFromPath(path);
        }
        return IntPtr.Zero;
    }

    /// <summary>This process's platform, most specific first (musl before glibc on a musl system).</summary>
    private static IEnumerable<string> RuntimeIds()
    {
        var arch = RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) yield return "win-" + arch;
        else if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX)) yield return "osx-" + arch;
        else
        {
            if (RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.Ordinal) || File.Exists("/etc/alpine-release"))
                yield return "linux-musl-" + arch;
            yield return "linux-" + arch;
        }
    }
}

using System.Runtime.InteropServices;

namespace SmartGift;

/// <summary>
/// SQLite's native library on Windows PowerShell 5.1 (.NET Framework): the DllImport of
/// "e_sqlite3" searches powershell.exe's folder, not the module's, so the module's copy is
/// loaded by its full path first and the DllImport then finds it by name. On .NET (PowerShell 7,
/// the CLI) the runtime (deps.json) or the module's load context (DependencyLoadContext) finds it.
/// </summary>
internal static class SqliteNative
{
    private static bool _done;

    public static void EnsureLoaded()
    {
        if (_done) return;
        _done = true;
        if (!RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal)) return;
        var arch = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X86 => "win-x86",
            Architecture.Arm64 => "win-arm64",
            _ => "win-x64",
        };
        var folder = Path.GetDirectoryName(typeof(SqliteNative).Assembly.Location) ?? "";
        var file = Path.Combine(folder, "runtimes", arch, "native", "e_sqlite3.dll");
        if (File.Exists(file)) LoadLibraryW(file);
    }

    [DllImport("kernel32", CharSet = CharSet.Unicode, SetLastError = true)]
    private static extern IntPtr LoadLibraryW(string path);
}

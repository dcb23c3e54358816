using System.Runtime.InteropServices;

namespace SmartGift;

/// <summary>
/// Folders and files that only their owner may read or write (DESIGN 19): 0700 and 0600 on
/// Unix whatever the umask; on Windows the user's profile folder already is private.
/// </summary>
internal static class PrivateFolder
{
    public static void Create(string folder)
    {
        if (Directory.Exists(folder)) return;
        Directory.CreateDirectory(folder);
        Restrict(folder, 0x1C0); // 0700
    }

    public static void RestrictFile(string file) => Restrict(file, 0x180); // 0600

    private static void Restrict(string path, int mode)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) return;
        // Best effort: a file system without Unix modes (a mounted share) still holds the ledger.
        try { _ = chmod(path, mode) == 0; }
        catch (Exception e) when (e is DllNotFoundException || e is EntryPointNotFoundException) { }
    }

    [DllImport("libc", SetLastError = true, BestFitMapping = false)]
    private static extern int chmod([MarshalAs(UnmanagedType.LPStr)] string path, int mode);
}

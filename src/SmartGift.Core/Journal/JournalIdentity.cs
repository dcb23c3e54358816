using System.Runtime.InteropServices;

namespace SmartGift;

/// <summary>
/// The one name of a journal file whatever path reached it (DESIGN 6): on Unix the real path
/// (every symlink and ".." resolved by the C library's realpath), elsewhere the full path. A
/// journal that does not exist yet is named by its folder's real path and its file name.
/// Hard links have no common name: the lock on the file itself (ImportJournal) covers them
/// between processes.
/// </summary>
internal static class JournalIdentity
{
    public static string CanonicalPath(string path)
    {
        var full = Path.GetFullPath(path);
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) return full;
        var real = RealPath(full);
        if (real != null) return real;
        var folder = Path.GetDirectoryName(full);
        var folderReal = folder == null ? null : RealPath(folder);
        return folderReal == null ? full : Path.Combine(folderReal, Path.GetFileName(full));
    }

    private static string? RealPath(string path)
    {
        try
        {
            var result = realpath(path, IntPtr.Zero);
            if (result == IntPtr.Zero) return null;
            try { return Marshal.PtrToStringAnsi(result); }
            finally { free(result); }
        }
        catch (Exception e) when (e is DllNotFoundException || e is EntryPointNotFoundException)
        {
            return null;
        }
    }

    // LPStr is UTF-8 on Unix, the only place this runs (the default, now said explicitly for CA2101).
    [DllImport("libc", SetLastError = true, BestFitMapping = false)]
    private static extern IntPtr realpath([MarshalAs(UnmanagedType.LPStr)] string path, IntPtr resolved);

    [DllImport("libc")]
    private static extern void free(IntPtr pointer);
}

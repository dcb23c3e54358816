namespace SmartGift;

/// <summary>
/// Keeps a second import off a journal while one runs. The sidecar "&lt;journal&gt;.lock" (beside
/// the journal's real path, JournalIdentity) is opened
/// with FileShare.None (enforced on Windows; on Linux .NET adds an advisory flock) and then
/// locked with FileStream.Lock (fcntl on Linux), which other processes honour too. The lock
/// file is left in place afterwards: deleting it would let two runs lock two different files.
/// </summary>
internal sealed class JournalLock(FileStream stream) : IDisposable
{
    public static JournalLock Acquire(string journalPath)
    {
        // The lock file is named from the journal's identity, so a symlink or ".." meets the same lock.
        var lockPath = JournalIdentity.CanonicalPath(journalPath) + ".lock";
        FileStream? stream = null;
        try
        {
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.Lock(0, 1);
            return new JournalLock(stream);
        }
        catch (IOException e) when (!(e is FileNotFoundException) && !(e is DirectoryNotFoundException))
        {
            stream?.Dispose();
            throw new JournalException(journalPath,
                $"The journal {journalPath} is in use by another import (lock {lockPath}). Wait for that run to finish, or give this run another journal.");
        }
        catch (UnauthorizedAccessException)
        {
            stream?.Dispose();
            throw new JournalException(journalPath, $"The journal lock {lockPath} cannot be opened: permission denied.");
        }
    }

    private bool _disposed;

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        try { stream.Unlock(0, 1); } catch (IOException) { } // closing releases it anyway
        stream.Dispose();
    }
}

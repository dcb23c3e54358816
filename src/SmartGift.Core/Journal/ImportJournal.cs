namespace SmartGift;

/// <summary>
/// The journal of one run (DESIGN 6): locked for the run, replayed at open, then appended to
/// one line at a time, each flushed to the disk before the caller takes its next step.
/// Thread-safe: requests in flight append from pool threads.
/// </summary>
internal sealed class ImportJournal(string path, JournalLock runLock, FileStream? file, JournalContents contents) : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);
    private readonly object _gate = new object();
    private bool _needsNewline = !contents.EndsWithNewline;

    /// <summary>
    /// The lock that belongs to the file itself (DESIGN 6): a byte range far past the end of the
    /// journal, locked through this handle (LockFileEx on Windows, an open-file-description lock
    /// on Linux), so two paths to one file (a symlink, a hard link) meet the same lock, in this
    /// process or another. Past the end, so readers (reconcile) are never blocked.
    /// </summary>
    private const long IdentityLockOffset = 1L << 40;

    public string Path { get; } = path;
    public JournalContents Contents { get; } = contents;
    /// <summary>
    /// False when the run keeps the ledger: the journal is then a readable copy, written through
    /// to the operating system but not forced to the disk line by line (the ledger's commit is).
    /// </summary>
    public bool FlushToDisk { get; set; } = true;

    /// <summary>
    /// Locks, replays and opens the journal for appending; creates it with its header when new,
    /// naming the ledger the run keeps (a file name), so it is never taken into another company's ledger.
    /// </summary>
    public static ImportJournal Open(string path, JournalKind kind, DateTimeOffset now, string? ledger = null)
    {
        path = System.IO.Path.GetFullPath(path);
        var journalLock = JournalLock.Acquire(path);
        FileStream? stream = null;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
            try
            {
                stream.Lock(IdentityLockOffset, 1);
            }
            catch (IOException)
            {
                throw new JournalException(path, $"The journal {path} is in use by another import (the same file, perhaps through"
                    + " another path: a link). Wait for that run to finish, or give this run another journal.");
            }
            var contents = JournalReader.Read(path, stream, kind);
            stream.Seek(0, SeekOrigin.End);
            var journal = new ImportJournal(path, journalLock, stream, contents);
            if (!contents.HasHeader)
            {
                journal.WriteLine(JournalReader.HeaderJson(kind, now, ledger));
                contents.Ledger = ledger;
            }
            return journal;
        }
        catch
        {
            stream?.Dispose();
            journalLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// For a dry run: refuses a journal locked by a running import, reads it when it exists,
    /// writes nothing (an absent journal is not created; only its lock file may be).
    /// </summary>
    public static ImportJournal OpenReadOnly(string path, JournalKind kind)
    {
        path = System.IO.Path.GetFullPath(path);
        var journalLock = JournalLock.Acquire(path);
        try
        {
            return new ImportJournal(path, journalLock, null, ReadContents(path, kind) ?? new JournalContents());
        }
        catch
        {
            journalLock.Dispose();
            throw;
        }
    }

    /// <summary>Reads a journal without locking it (reconciliation); null when it does not exist.</summary>
    public static JournalContents? ReadContents(string path, JournalKind kind)
    {
        path = System.IO.Path.GetFullPath(path);
        if (!File.Exists(path)) return null;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return JournalReader.Read(path, stream, kind);
    }

    public void Append(JournalLine line)
    {
        if (file == null) throw new InvalidOperationException("This journal was opened read-only (dry run).");
        var json = line.ToJson();
        lock (_gate)
        {
            WriteLine(json);
            Contents.Apply(line);
        }
    }

    private void WriteLine(string json)
    {
        // A torn last line from a crash is left as it is; the record starts on a fresh line.
        var bytes = Utf8.GetBytes((_needsNewline ? "\n" : "") + json + "\n");
        try
        {
            file!.Write(bytes, 0, bytes.Length);
            file.Flush(flushToDisk: FlushToDisk);
            _needsNewline = false;
        }
        catch
        {
            _needsNewline = true; // a half-written line must not swallow the next one
            throw;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            file?.Dispose();
        }
        runLock.Dispose();
    }
}

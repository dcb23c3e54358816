using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace SmartGift;

/// <summary>
/// The company's ledger (DESIGN 6, docs/journal.md): every write (sale, redemption) as events in
/// one SQLite file, durable before the request leaves (WAL, full sync) and consulted before every
/// send whatever the file, journal, form or host. An event is a journal line (the documented
/// format) with its source file, line and run. The claim before a send is one IMMEDIATE
/// transaction: it finds the key as it was when the run decided, or nothing is sent, so two
/// processes, threads or runspaces never send one record twice. Thread-safe.
/// </summary>
internal sealed class CompanyLedger(string path, SqliteConnection db, string run) : IDisposable
{
    private const int SchemaVersion = 1;
    private readonly object _gate = new object();
    private readonly SqliteConnection _db = db;
    private readonly Dictionary<JournalKind, HashSet<string>> _known = new Dictionary<JournalKind, HashSet<string>>();
    private static readonly string[] EventParameters =
        ["$kind", "$key", "$norm", "$event", "$at", "$line", "$source", "$location", "$run"];
    private SqliteCommand? _insert;
    private FileStream? _runLock;
    private bool _disposed;

    /// <summary>Runs of this process that are going on (thread jobs, runspaces): a run-lock file cannot tell them apart.</summary>
    private static readonly HashSet<string> LiveRuns = new HashSet<string>(StringComparer.Ordinal);

    public string Path { get; } = path;

    /// <summary>How long a write waits for another run's transaction before the ledger counts as unwritable (a test shortens it).</summary>
    internal static int BusySeconds { get; set; } = 60;

    /// <summary>This run's id, on every event it writes ("20261207T031500Z-4f2a").</summary>
    public string Run { get; } = run;

    /// <summary>
    /// The ledger a reconciliation reads beside a journal: null when the company has none yet;
    /// refused (and closed) when the journal is another company's.
    /// </summary>
    public static CompanyLedger? OpenBeside(string? ledgerPath, JournalContents? journal, string? journalPath)
    {
        if (ledgerPath == null || !File.Exists(ledgerPath)) return null;
        var ledger = Open(ledgerPath, DateTimeOffset.UtcNow);
        if (journal == null || journalPath == null) return ledger;
        try
        {
            ledger.RefuseForeign(journal, journalPath);
            return ledger;
        }
        catch
        {
            ledger.Dispose();
            throw;
        }
    }

    /// <summary>Opens (creating it when new, private to the user) the ledger file.</summary>
    /// <exception cref="JournalException">The file is not a ledger, or was written by a newer SmartGift.</exception>
    public static CompanyLedger Open(string path, DateTimeOffset now)
    {
        path = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder)) PrivateFolder.Create(folder!);
        var isNew = !File.Exists(path);
        SqliteNative.EnsureLoaded();
        var db = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false, // closing really closes: nothing of the file stays open after a run
            DefaultTimeout = BusySeconds, // how long a write waits for another process's transaction
        }.ToString());
        try
        {
            db.Open();
            if (isNew) PrivateFolder.RestrictFile(path);
            Execute(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout="
                + (BusySeconds * 1000).ToString(CultureInfo.InvariantCulture) + ";");
            Execute(db, @"
CREATE TABLE IF NOT EXISTS meta(name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  norm_key TEXT NOT NULL,
  event TEXT NOT NULL,
  at TEXT NOT NULL,
  line TEXT NOT NULL,
  source TEXT,
  location TEXT,
  run TEXT);
CREATE INDEX IF NOT EXISTS events_by_key ON events(kind, key);
CREATE INDEX IF NOT EXISTS events_by_norm_key ON events(kind, norm_key);
CREATE TABLE IF NOT EXISTS runs(id TEXT PRIMARY KEY, started TEXT NOT NULL, host TEXT, pid INTEGER, command TEXT, source TEXT, journal TEXT);
INSERT OR IGNORE INTO meta(name, value) VALUES('schema', '1');");
            var version = int.TryParse(Scalar(db, "SELECT value FROM meta WHERE name = 'schema'") as string, out var v) ? v : 0;
            if (version > SchemaVersion)
                throw new JournalException(path, "The ledger " + path + " was written by a newer SmartGift (schema " + version + "); this version reads schema " + SchemaVersion + ". Upgrade SmartGift.");
            var run = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)
                + "-" + Guid.NewGuid().ToString("N").Substring(0, 6);
            return new CompanyLedger(path, db, run);
        }
        catch (SqliteException e)
        {
            db.Dispose();
            throw new JournalException(path, "The ledger " + path + " cannot be opened: " + e.Message);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>The key as Smart Gift's users mistake it: spaces around it and leading zeros do not make another order.</summary>
    public static string NormalKey(string key)
    {
        var trimmed = key.Trim();
        var stripped = trimmed.TrimStart('0');
        return stripped.Length == 0 && trimmed.Length > 0 ? "0" : stripped;
    }

    /// <summary>
    /// Records a run (what started it, from which file) for the listing and the report, and holds
    /// its run-lock file while it goes on, so another run can tell "sent and still in flight
    /// there" from "sent and the run died" (IsAnotherLiveRun).
    /// </summary>
    public void StartRun(string? command, string? source, string? journal, DateTimeOffset now)
    {
        lock (LiveRuns) LiveRuns.Add(Run);
        var folder = RunLockFolder(Path);
        Directory.CreateDirectory(folder);
        _runLock = new FileStream(System.IO.Path.Combine(folder, Run + ".lock"), FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        using var process = Process.GetCurrentProcess();
        lock (_gate)
            Execute(_db, "INSERT OR IGNORE INTO runs(id, started, host, pid, command, source, journal) "
                + "VALUES($id, $started, $host, $pid, $command, $source, $journal)",
                ("$id", Run), ("$started", JournalLine.TimeText(now)), ("$host", Environment.MachineName), ("$pid", process.Id),
                ("$command", command), ("$source", source), ("$journal", journal));
    }

    /// <summary>
    /// The ledger's key of a redemption row without a reference ("row:hash#n"): such a key only
    /// means something within its input, so it is scoped to the journal that keeps it ("@" and the
    /// journal's full path), never matched across the company's files. Other keys are the company's.
    /// </summary>
    public static string ScopedKey(JournalKind kind, string key, string? scope) =>
        kind == JournalKind.Redemption && key.StartsWith("row:", StringComparison.Ordinal) && scope != null && key.IndexOf('@') < 0 ? key + "@" + scope : key;

    /// <summary>The key as the journal writes it (ScopedKey undone).</summary>
    public static string UnscopedKey(string key)
    {
        var at = key.StartsWith("row:", StringComparison.Ordinal) ? key.IndexOf('@') : -1;
        return at < 0 ? key : key.Substring(0, at);
    }

    /// <summary>True when the run is not this one and is still going on, in this process or another.</summary>
    public bool IsAnotherLiveRun(string? run)
    {
        if (run == null || run == Run) return false;
        lock (LiveRuns)
            if (LiveRuns.Contains(run)) return true;
        var file = System.IO.Path.Combine(RunLockFolder(Path), run + ".lock");
        if (!File.Exists(file)) return false;
        try
        {
            using (new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None)) { }
            return false; // nobody holds it: that run ended (or died)
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            return e is IOException; // held: that run goes on
        }
    }

    private static string RunLockFolder(string ledgerPath) => ledgerPath + ".runs";

    /// <summary>The key's record, a look-alike's (leading zeros, spaces), and the version a claim must find.</summary>
    public LedgerLookup Find(JournalKind kind, string key)
    {
        var norm = NormalKey(key);
        lock (_gate)
        {
            // Most keys of a large run are new: the set of known keys answers those without a query.
            if (!Known(kind).Contains(norm)) return new LedgerLookup(null, null, 0);
            var entries = Replay(kind, norm);
            entries.TryGetValue(key, out var entry);
            var sibling = entries.Values.Where(e => e.Key != key && e.MaySell).OrderBy(e => e.Version).FirstOrDefault();
            var version = entries.Count == 0 ? 0 : entries.Values.Max(e => e.Version);
            return new LedgerLookup(entry, sibling, version);
        }
    }

    /// <summary>
    /// Writes the lines (a Released line, the Sending line) under the key only if its records are still
    /// at the version the run decided on: false when another run wrote to them meanwhile (then
    /// nothing was written and the request must not leave).
    /// </summary>
    public bool Claim(JournalKind kind, string key, long expectedVersion, IReadOnlyList<JournalLine> lines, string? source, string? location)
    {
        lock (_gate)
        {
            using var transaction = _db.BeginTransaction(deferred: false);
            var version = Scalar(_db, "SELECT COALESCE(MAX(id), 0) FROM events WHERE kind = $kind AND norm_key = $norm",
                ("$kind", JournalReader.Name(kind)), ("$norm", NormalKey(key)));
            if (Convert.ToInt64(version, CultureInfo.InvariantCulture) != expectedVersion) return false;
            foreach (var line in lines) Insert(kind, line, source, location, transaction, key);
            transaction.Commit();
            return true;
        }
    }

    /// <summary>Writes one event (an outcome, a decision) at once, durably, under the line's key or the one given.</summary>
    public void Append(JournalKind kind, JournalLine line, string? source, string? location, string? key = null)
    {
        lock (_gate) Insert(kind, line, source, location, null, key);
    }

    /// <summary>
    /// Takes a JSON Lines journal into the ledger: every key the ledger does not know yet, with
    /// all its lines (a key it knows is the ledger's: a run writes both). Returns how many keys.
    /// </summary>
    public int Adopt(JournalKind kind, JournalContents contents, string journalPath)
    {
        RefuseForeign(contents, journalPath);
        lock (_gate)
        {
            var taken = 0;
            using var transaction = _db.BeginTransaction(deferred: false);
            foreach (var group in contents.Lines.GroupBy(l => l.Key))
            {
                var key = ScopedKey(kind, group.Key, journalPath);
                if (Scalar(_db, "SELECT 1 FROM events WHERE kind = $kind AND key = $key LIMIT 1",
                    ("$kind", JournalReader.Name(kind)), ("$key", key)) != null) continue;
                foreach (var line in group) Insert(kind, line, null, null, transaction, key); // the file the records came from is not known: the journal is not it
                taken++;
            }
            transaction.Commit();
            return taken;
        }
    }

    /// <summary>The ledger's file name: what a journal's header names.</summary>
    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary>
    /// A journal written beside another ledger (another company, or the same company's test
    /// server) is never read as this one's: its orders would be skipped or refused here for good.
    /// One that holds nothing that may be in Smart Gift (a first run refused for a mistyped key)
    /// is harmless, and is taken.
    /// </summary>
    public void RefuseForeign(JournalContents contents, string journalPath)
    {
        if (contents.Ledger != null && !string.Equals(contents.Ledger, Name, StringComparison.Ordinal) && contents.Entries.Any(e => e.MaySell))
            throw new JournalException(journalPath, "The journal " + journalPath + " was written beside the ledger " + contents.Ledger + " (another company or service), not "
                + Name + ": it is not read as this company's. Use the session (or --company, --ledger) of the company that wrote it, or give this run its own journal.");
    }

    /// <summary>Every record of a kind, in the order first seen (the listing, reconciliation).</summary>
    public IReadOnlyList<JournalEntry> Entries(JournalKind kind)
    {
        lock (_gate) return Replay(kind).Values.OrderBy(e => e.FirstVersion).ToList();
    }

    /// <summary>The operator's decisions written after a moment (the report's "settled since the last report"), oldest first.</summary>
    public IReadOnlyList<(JournalKind Kind, string Key, JournalLine Line)> SettledSince(DateTimeOffset since)
    {
        var settled = new List<(JournalKind, string, JournalLine)>();
        lock (_gate)
        {
            using var c = Command(_db,
                "SELECT kind, key, line FROM events WHERE event = 'settled' AND at > $since ORDER BY id",
                ("$since", JournalLine.TimeText(since)));
            using var reader = c.ExecuteReader();
            while (reader.Read())
            {
                if (JournalLine.TryParse(reader.GetString(2)) is JournalLine line)
                    settled.Add((JournalReader.KindNamed(reader.GetString(0)) ?? JournalKind.Sale, reader.GetString(1), line));
            }
        }
        return settled;
    }

    /// <summary>When the last report was written from this ledger (null: never), and marks a new one.</summary>
    public DateTimeOffset? LastReport()
    {
        string? text;
        lock (_gate) text = Scalar(_db, "SELECT value FROM meta WHERE name = 'last_report'") as string;
        var utc = DateTimeStyles.AssumeUniversal;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, utc, out var at) ? at : null;
    }

    public void MarkReport(DateTimeOffset at)
    {
        lock (_gate)
            Execute(_db, "INSERT OR REPLACE INTO meta(name, value) VALUES('last_report', $at)", ("$at", JournalLine.TimeText(at)));
    }

    private HashSet<string> Known(JournalKind kind)
    {
        if (_known.TryGetValue(kind, out var set)) return set;
        set = new HashSet<string>(StringComparer.Ordinal);
        using var c = Command(_db, "SELECT DISTINCT norm_key FROM events WHERE kind = $kind",
            ("$kind", JournalReader.Name(kind)));
        using (var reader = c.ExecuteReader())
            while (reader.Read()) set.Add(reader.GetString(0));
        _known[kind] = set;
        return set;
    }

    private void Insert(JournalKind kind, JournalLine line, string? source, string? location, SqliteTransaction? transaction, string? key = null)
    {
        key ??= line.Key;
        var norm = NormalKey(key);
        var values = new object?[]
            { JournalReader.Name(kind), key, norm, line.EventText, line.AtText, line.ToJson(), source, location, Run };
        // Prepared once and reused: a large run inserts two events per record.
        _insert ??= Command(_db, "INSERT INTO events(kind, key, norm_key, event, at, line, source, location, run) VALUES("
            + string.Join(", ", EventParameters) + ")", EventParameters.Select(name => (name, (object?)null)).ToArray());
        _insert.Transaction = transaction;
        for (var i = 0; i < values.Length; i++) _insert.Parameters[i].Value = values[i] ?? DBNull.Value;
        _insert.ExecuteNonQuery();
        Known(kind).Add(norm);
    }

    /// <summary>The records of a kind (of one normal key, when given), each replayed from its events in order.</summary>
    private Dictionary<string, JournalEntry> Replay(JournalKind kind, string? norm = null)
    {
        var entries = new Dictionary<string, JournalEntry>(StringComparer.Ordinal);
        using var command = Command(_db, "SELECT id, key, line, source, location, run FROM events WHERE kind = $kind"
            + (norm == null ? "" : " AND norm_key = $norm") + " ORDER BY id",
            ("$kind", JournalReader.Name(kind)), ("$norm", norm));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            var key = reader.GetString(1);
            if (JournalLine.TryParse(reader.GetString(2)) is not JournalLine line) continue;
            if (!entries.TryGetValue(key, out var entry))
            {
                entry = new JournalEntry(key) { FirstVersion = id };
                entries.Add(key, entry);
            }
            entry.Apply(line);
            entry.Version = id;
            if (!reader.IsDBNull(3)) entry.Source = reader.GetString(3);
            if (!reader.IsDBNull(4)) entry.Location = reader.GetString(4);
            entry.Run = reader.IsDBNull(5) ? null : reader.GetString(5);
        }
        return entries;
    }

    /// <summary>A command (in the connection's transaction, if one is open); a null parameter is NULL.</summary>
    private static SqliteCommand Command(SqliteConnection db, string sql, params (string Name, object? Value)[] parameters)
    {
        var c = db.CreateCommand();
        c.CommandText = sql;
        foreach (var (name, value) in parameters) c.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return c;
    }

    private static void Execute(SqliteConnection db, string sql, params (string Name, object? Value)[] parameters)
    {
        using var c = Command(db, sql, parameters);
        c.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection db, string sql, params (string Name, object? Value)[] parameters)
    {
        using var c = Command(db, sql, parameters);
        return c.ExecuteScalar();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            _insert?.Dispose();
            _db.Dispose();
            lock (LiveRuns) LiveRuns.Remove(Run);
            if (_runLock != null)
            {
                var file = _runLock.Name;
                _runLock.Dispose();
                try { File.Delete(file); } catch (IOException) { } // another run may be checking it: it is only a marker
            }
        }
    }
}

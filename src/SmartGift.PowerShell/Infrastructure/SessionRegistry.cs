namespace SmartGift.Commands;

/// <summary>
/// The module's connected sessions, process-wide (every runspace of the process sees the same
/// ones), by name, case-insensitively. The session connected last is the default.
/// </summary>
internal static class SessionRegistry
{
    // In connection order: the last one is the default. Also the lock.
    private static readonly List<SmartGiftSession> Sessions = new List<SmartGiftSession>();

    public static SmartGiftSession? Default
    {
        get { lock (Sessions) return Sessions.Count == 0 ? null : Sessions[Sessions.Count - 1]; }
    }

    public static IReadOnlyList<SmartGiftSession> All
    {
        get { lock (Sessions) return Sessions.ToArray(); }
    }

    public static SmartGiftSession? Find(string name)
    {
        lock (Sessions) return Sessions.LastOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Adds the session as the default, in place of the one of the same name.</summary>
    public static void Add(SmartGiftSession session)
    {
        lock (Sessions)
        {
            Sessions.RemoveAll(s => string.Equals(s.Name, session.Name, StringComparison.OrdinalIgnoreCase));
            Sessions.Add(session);
        }
    }

    public static bool Remove(SmartGiftSession session)
    {
        lock (Sessions) return Sessions.Remove(session);
    }
}

namespace SmartGift.MockServer.Controls;

/// <summary>The API requests received since start or reset, oldest first (bounded so a long run cannot grow without end).</summary>
internal sealed class RequestLog
{
    private const int Capacity = 10000;
    private readonly SortedDictionary<long, RequestLogEntry> _entries = new SortedDictionary<long, RequestLogEntry>();
    private long _sequence;

    public long NextSequence() => Interlocked.Increment(ref _sequence);

    /// <summary>Adds the entry, or replaces the one with its sequence (a request is logged when it arrives, then completed).</summary>
    public void Put(RequestLogEntry entry)
    {
        lock (_entries)
        {
            _entries[entry.Sequence] = entry;
            if (_entries.Count > Capacity)
            {
                _entries.Remove(_entries.Keys.First());
            }
        }
    }

    public IReadOnlyList<RequestLogEntry> Snapshot()
    {
        lock (_entries)
        {
            return _entries.Values.ToList();
        }
    }

    public void Clear()
    {
        lock (_entries)
        {
            _entries.Clear();
        }
    }
}

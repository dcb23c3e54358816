namespace SmartGift.MockServer.Controls;

/// <summary>The API requests received since start or reset, oldest first (bounded so a long run cannot grow without end).</summary>
internal sealed class RequestLog
{
    private const int Capacity = 10000;
    private readonly object _gate = new object();
    private readonly Queue<long> _order = new Queue<long>();
    private readonly Dictionary<long, RequestLogEntry> _entries = new Dictionary<long, RequestLogEntry>();
    private long _sequence;

    public long NextSequence()
    {
        lock (_gate)
        {
            return ++_sequence;
        }
    }

    /// <summary>Adds the entry, or replaces the one with its sequence (a request is logged when it arrives, then completed).</summary>
    public void Put(RequestLogEntry entry)
    {
        lock (_gate)
        {
            if (!_entries.ContainsKey(entry.Sequence)) _order.Enqueue(entry.Sequence);
            _entries[entry.Sequence] = entry;
            while (_order.Count > Capacity)
            {
                _entries.Remove(_order.Dequeue());
            }
        }
    }

    public IReadOnlyList<RequestLogEntry> Snapshot()
    {
        lock (_gate)
        {
            return _entries.Values.OrderBy(e => e.Sequence).ToList();
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _order.Clear();
        }
    }
}

using System.Collections.Generic;
using System.Linq;

namespace SmartGift.MockServer.Controls
{
    /// <summary>The API requests received since start or reset, oldest first (bounded so a long run cannot grow without end).</summary>
    internal sealed class RequestLog
    {
        private const int Capacity = 10000;
        private readonly object _gate = new object();
        private readonly Queue<RequestLogEntry> _entries = new Queue<RequestLogEntry>();
        private long _sequence;

        public long NextSequence()
        {
            lock (_gate)
            {
                return ++_sequence;
            }
        }

        public void Add(RequestLogEntry entry)
        {
            lock (_gate)
            {
                _entries.Enqueue(entry);
                while (_entries.Count > Capacity)
                {
                    _entries.Dequeue();
                }
            }
        }

        public IReadOnlyList<RequestLogEntry> Snapshot()
        {
            lock (_gate)
            {
                return _entries.OrderBy(e => e.Sequence).ToList();
            }
        }

        public void Clear()
        {
            lock (_gate)
            {
                _entries.Clear();
            }
        }
    }
}

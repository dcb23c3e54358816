namespace SmartGift;

/// <summary>
/// Groups rows pushed in input order into orders: consecutive rows with the same order_id
/// are one order. Memory stays bounded: it keeps the rows of the current order only, plus
/// a compact register of the ids of the orders already seen, to refuse an order_id that
/// comes back after other orders.
/// </summary>
/// <param name="seen">The run's order ids; shared with the import so that carts and rows cannot reuse an id.</param>
internal sealed class OrderAssembler(OrderIdRegister? seen = null)
{
    /// <summary>Rows kept for one order; beyond this the order is refused (a missing order_id change, most likely).</summary>
    public const int MaxRowsPerOrder = 1000;

    private readonly OrderIdRegister _seen = seen ?? new OrderIdRegister();
    private readonly List<SaleRow> _current = new List<SaleRow>();
    private string? _currentId;
    private long _dropped;
    private SaleRow? _lastDropped;

    /// <summary>Adds the next row; returns the orders this row completed (none, or the previous one).</summary>
    public IReadOnlyList<OrderDraft> Add(SaleRow row)
    {
        if (row == null) throw new ArgumentNullException(nameof(row));
        var id = (row.OrderId ?? "").Trim();
        // A row without order_id cannot be grouped with anything: it is an order of its own (refused).
        if (_current.Count > 0 && (id.Length == 0 || id != _currentId))
        {
            var done = Flush();
            Start(row, id);
            return new[] { done };
        }
        if (_current.Count == 0) Start(row, id);
        else if (_current.Count < MaxRowsPerOrder) _current.Add(row);
        else { _dropped++; _lastDropped = row; }
        return Array.Empty<OrderDraft>();
    }

    /// <summary>Ends the input: returns the last order, if any.</summary>
    public IReadOnlyList<OrderDraft> Complete() =>
        _current.Count == 0 ? Array.Empty<OrderDraft>() : new[] { Flush() };

    private void Start(SaleRow row, string id)
    {
        _current.Add(row);
        _currentId = id;
    }

    private OrderDraft Flush()
    {
        var rows = _current.ToArray();
        var id = _currentId ?? "";
        _current.Clear();
        var draft = CartBuilder.Build(rows);
        if (_dropped > 0)
        {
            var end = _lastDropped!.Location;
            draft = draft.WithProblem(new RecordProblem(rows[0].Location, "order_id",
                "order " + ValueQuote.Bare(id) + " has " + (MaxRowsPerOrder + _dropped) + " rows (to " + end + "); at most " + MaxRowsPerOrder + " rows make one order"));
            _dropped = 0;
            _lastDropped = null;
        }
        if (id.Length > 0)
        {
            if (!_seen.TryRegister(id, RecordPlace.Of(rows[0]), out var firstSeen))
                draft = draft.WithProblem(new RecordProblem(rows[0].Location, "order_id",
                    "order " + ValueQuote.Bare(id) + " already appeared at " + firstSeen + "; rows of one order must be consecutive"));
        }
        return draft;
    }
}

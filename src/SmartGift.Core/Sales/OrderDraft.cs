namespace SmartGift;

/// <summary>
/// One order assembled from consecutive rows: the sale to send when valid, or the problems
/// that refuse it (every problem names its row, column and reason).
/// </summary>
internal sealed class OrderDraft(string orderId, IReadOnlyList<SaleRow> rows, SaleRequest? sale, IReadOnlyList<RecordProblem> problems,
    decimal? total, int items)
{
    /// <summary>The order_id of the rows ("" when the rows have none).</summary>
    public string OrderId { get; } = orderId;
    public IReadOnlyList<SaleRow> Rows { get; } = rows;
    /// <summary>The body to POST; null whenever there is a problem.</summary>
    public SaleRequest? Sale { get; } = problems.Count == 0 ? sale : null;
    public IReadOnlyList<RecordProblem> Problems { get; } = problems;
    public bool IsValid => Sale != null;
    /// <summary>The order total (items + delivery) when it could be computed.</summary>
    public decimal? Total { get; } = total;
    /// <summary>Number of vouchers (cart items, quantities expanded) that could be read.</summary>
    public int Items { get; } = items;
    /// <summary>"lines 4-6", "line 4", "rows 3-5": where the order is in the input.</summary>
    public string Location { get; } = Describe(rows);

    /// <summary>The same order refused for one more reason.</summary>
    public OrderDraft WithProblem(RecordProblem problem) =>
        new OrderDraft(OrderId, Rows, null, Problems.Concat(new[] { problem }).ToList(), Total, Items);

    public override string ToString() => "order " + OrderId + " (" + Location + ")" + (IsValid ? "" : ": " + Problems.Count + " problem(s)");

    internal static string Describe(IReadOnlyList<SaleRow> rows)
    {
        if (rows.Count == 0) return "no rows";
        var first = rows[0];
        var last = rows[rows.Count - 1];
        if (first.LineNumber is long a && last.LineNumber is long b)
            return a == b ? "line " + a : "lines " + a + "-" + b;
        if (first.RowNumber == 0) return "the command line";
        return first.RowNumber == last.RowNumber ? "row " + first.RowNumber : "rows " + first.RowNumber + "-" + last.RowNumber;
    }
}

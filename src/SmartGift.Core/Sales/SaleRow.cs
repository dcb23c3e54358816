namespace SmartGift;

/// <summary>
/// One source row (one sold voucher line), exactly as read: every field is text so that a bad
/// value is reported against its row and column instead of failing binding (docs/csv-format.md).
/// Consecutive rows with the same OrderId are one order.
/// </summary>
public sealed class SaleRow : ISourceRow
{
    /// <summary>1-based data row (the header is not counted).</summary>
    public long RowNumber { get; set; }
    /// <summary>Physical line in the file where the row starts, when read from a file.</summary>
    public long? LineNumber { get; set; }
    /// <summary>What the host read the row from (a PSObject, a CSV record); reported back with errors.</summary>
    public object? Source { get; set; }

    public string? OrderId { get; set; }
    public string? VoucherId { get; set; }
    public string? Price { get; set; }
    public string? Quantity { get; set; }
    public string? To { get; set; }
    public string? From { get; set; }
    public string? Message { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Email { get; set; }
    public string? Address1 { get; set; }
    public string? Address2 { get; set; }
    public string? Postcode { get; set; }
    public string? Town { get; set; }
    public string? County { get; set; }
    public string? DeliveryMethod { get; set; }
    public string? DeliveryPrice { get; set; }
    public string? DeliveryEmail { get; set; }
    public string? DeliveryDate { get; set; }
    public string? DeliveryFirstName { get; set; }
    public string? DeliveryLastName { get; set; }
    public string? DeliveryAddress1 { get; set; }
    public string? DeliveryAddress2 { get; set; }
    public string? DeliveryTown { get; set; }
    public string? DeliveryCounty { get; set; }
    public string? DeliveryPostcode { get; set; }
    public string? PaymentMethodId { get; set; }
    public string? PaymentAmount { get; set; }

    /// <summary>
    /// Problems found while reading the row (a field over its length limit, a badly formed
    /// record, a column missing from the header); the order the row belongs to is refused with them.
    /// </summary>
    public IReadOnlyList<RecordProblem> ReadProblems { get; set; } = Array.Empty<RecordProblem>();

    /// <summary>"line N" of a file read by SmartGift, "row N" of piped records, "" for a record given on the command line (RowNumber 0).</summary>
    public string Location => LineNumber is long line ? "line " + line : RowNumber > 0 ? "row " + RowNumber : "";

    /// <summary>"line 7 (order S-1001)": how a row reads in an exported result (OrderResult.SourceRows), not a type name.</summary>
    public override string ToString() => Location.Length == 0 ? "order " + OrderId : Location + " (order " + OrderId + ")";
}

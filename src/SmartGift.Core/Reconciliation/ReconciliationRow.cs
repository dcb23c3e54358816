namespace SmartGift;

/// <summary>One order compared between the source rows and the journal (Compare-SgSale).</summary>
public sealed class ReconciliationRow
{
    public string OrderId { get; set; } = "";
    /// <summary>Where the order is in the source ("line 4", "lines 4-6"); null for an order only the journal has.</summary>
    public string? Line { get; set; }
    public decimal? LocalTotal { get; set; }
    public ReconciliationStatus Status { get; set; }
    public string? SmartGiftOrderId { get; set; }
    /// <summary>The failure, the local problem, or a catalogue warning ("voucher 290 is not active").</summary>
    public string? Detail { get; set; }

    /// <summary>The columns of the problems that refused it before sending: what the report names instead of the values (customers' details stay out of it).</summary>
    internal IReadOnlyList<string> ProblemFields { get; set; } = Array.Empty<string>();
}

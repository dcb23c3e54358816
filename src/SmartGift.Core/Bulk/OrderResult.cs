namespace SmartGift;

/// <summary>One result per order of a bulk sale (New-SgSale, smartgift sale import).</summary>
public sealed class OrderResult : ImportEvent, IRecordResult
{
    private IReadOnlyList<object> _sourceRows = TextList<object>.Empty;
    private IReadOnlyList<string> _warnings = TextList<string>.Empty;
    private IReadOnlyList<RecordProblem> _problems = TextList<RecordProblem>.Empty;

    public string OrderId { get; set; } = "";
    /// <summary>The order id Smart Gift assigned (may differ from OrderId).</summary>
    public string? SmartGiftOrderId { get; set; }
    public RecordStatus Status { get; set; }
    public decimal? Total { get; set; }
    /// <summary>Number of vouchers (cart items) in the order.</summary>
    public int Items { get; set; }
    /// <summary>Why it failed or is unknown; null when confirmed.</summary>
    public SmartGiftError? Error { get; set; }
    /// <summary>Local refusals, one per row and field.</summary>
    public IReadOnlyList<RecordProblem> Problems { get => _problems; set => _problems = TextList<RecordProblem>.Of(value); }
    /// <summary>Extra words: "already confirmed in the journal", "not sent (-WhatIf)".</summary>
    public string? Detail { get; set; }
    /// <summary>Sent, but worth a look: a price far from the catalogue price.</summary>
    public IReadOnlyList<string> Warnings { get => _warnings; set => _warnings = TextList<string>.Of(value); }
    /// <summary>
    /// The source rows (SaleRow.Source where set): error records' TargetObject. A method, not a
    /// property, because they hold customers' e-mails and addresses: Export-Csv, ConvertTo-Json and
    /// the default display leave methods out, so a report made from results does not spread them.
    /// </summary>
    public IReadOnlyList<object> GetSourceRows() => _sourceRows;

    internal void SetSourceRows(IReadOnlyList<object> rows) => _sourceRows = TextList<object>.Of(rows);
}

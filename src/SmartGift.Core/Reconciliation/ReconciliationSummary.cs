namespace SmartGift;

public sealed class ReconciliationSummary
{
    public int Confirmed { get; set; }
    public int Failed { get; set; }
    public int Unknown { get; set; }
    public int NotSent { get; set; }
    /// <summary>Dropped by the operator: nothing to do.</summary>
    public int Skipped { get; set; }
    public int NotInSource { get; set; }
    /// <summary>Orders confirmed with other content than the source has now.</summary>
    public int Conflicts { get; set; }
    /// <summary>Redemptions confirmed with an answer that contradicts the request: check them in the dashboard, then settle.</summary>
    public int Contradictions { get; set; }
    /// <summary>Source orders naming a voucher or payment method that is not active in the catalogue.</summary>
    public int CatalogueWarnings { get; set; }

    /// <summary>One more row of this status (both reconciliations count alike).</summary>
    internal void Count(ReconciliationStatus status)
    {
        switch (status)
        {
            case ReconciliationStatus.Confirmed: Confirmed++; break;
            case ReconciliationStatus.Failed: Failed++; break;
            case ReconciliationStatus.Unknown: Unknown++; break;
            case ReconciliationStatus.NotSent: NotSent++; break;
            case ReconciliationStatus.Conflict: Conflicts++; break;
            case ReconciliationStatus.Skipped: Skipped++; break;
            default: NotInSource++; break;
        }
    }

    /// <summary>True when a scheduled task should alert: anything Unknown, Failed, NotSent, in conflict or contradicted.</summary>
    public bool NeedsAttention => Failed > 0 || Unknown > 0 || NotSent > 0 || Conflicts > 0 || Contradictions > 0;

    public override string ToString() =>
        $"{Confirmed} confirmed, {Failed} failed, {Unknown} unknown, {NotSent} not sent, {Skipped} skipped, {NotInSource} not in source, {CatalogueWarnings} catalogue warnings"
        + (Conflicts > 0 ? $", {Conflicts} conflicts" : "")
        + (Contradictions > 0 ? $", {Contradictions} contradicted by the answer" : "");
}

namespace SmartGift;

/// <summary>Counts of a run, by status; the last line a host prints.</summary>
public sealed class ImportSummary
{
    public int Confirmed { get; set; }
    public int Failed { get; set; }
    public int Unknown { get; set; }
    public int Skipped { get; set; }
    public int NotSent { get; set; }
    public int Conflicts { get; set; }
    /// <summary>Contradicted: redeemed, but the answer contradicts the request (DESIGN 16): check it in the dashboard.</summary>
    public int Contradictions { get; set; }
    public int RateLimitWaits { get; set; }

    public override string ToString() =>
        $"{Confirmed} confirmed, {Failed} failed, {Unknown} unknown, {Skipped} skipped"
        + (NotSent > 0 ? $", {NotSent} not sent" : "")
        + (Conflicts > 0 ? $", {Conflicts} conflicts" : "")
        + (Contradictions > 0 ? $", {Contradictions} contradicted" : "");
}

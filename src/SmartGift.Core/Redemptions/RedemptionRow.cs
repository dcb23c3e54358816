namespace SmartGift;

/// <summary>
/// One redemption to make, as read (CSV columns reference, voucher_no, site_id, value,
/// experiences, hold_token). Either Value (money) or experiences (names, or objects) is given.
/// </summary>
public sealed class RedemptionRow : ISourceRow
{
    public long RowNumber { get; set; }
    public long? LineNumber { get; set; }
    public object? Source { get; set; }

    /// <summary>
    /// One redemption asked for by hand (a voucher number on the command line, a hold or a voucher
    /// number piped in): without a reference it is its own write, never taken for an earlier one.
    /// Rows of a file or a pipeline of rows are not: without a reference they need a journal.
    /// </summary>
    public bool SingleWrite { get; set; }

    /// <summary>The operator's own key for the journal; when empty the row's content is the key.</summary>
    public string? Reference { get; set; }
    public string? VoucherNumber { get; set; }
    /// <summary>Falls back to the session's default site.</summary>
    public string? SiteId { get; set; }
    public string? Value { get; set; }
    /// <summary>Experience names; from CSV, the 'experiences' column split on ';'.</summary>
    public IReadOnlyList<string> ExperienceNames { get; set; } = new List<string>();
    /// <summary>Experience objects (from Get-SgVoucher), used as given.</summary>
    public IReadOnlyList<Experience> Experiences { get; set; } = new List<Experience>();
    /// <summary>The catalogue voucher whose experiences the names refer to, when names are ambiguous.</summary>
    public string? CatalogueVoucherId { get; set; }
    public string? HoldToken { get; set; }

    /// <summary>Problems found while reading the row (field too long, badly formed record, missing column).</summary>
    public IReadOnlyList<RecordProblem> ReadProblems { get; set; } = Array.Empty<RecordProblem>();

    /// <summary>"line N" of a file read by SmartGift, "row N" of piped records, "" for a record given on the command line (RowNumber 0).</summary>
    public string Location => LineNumber is long line ? "line " + line : RowNumber > 0 ? "row " + RowNumber : "";
}

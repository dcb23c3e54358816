
namespace SmartGift;

/// <summary>
/// The redemption CSV columns in documented order (docs/csv-format.md): the one declaration of
/// them. voucher_no is required; value or experiences, one of
/// the two, is checked per row (RedemptionPlanner).
/// </summary>
internal static class RedemptionColumns
{
    public static readonly IReadOnlyList<RedemptionColumn> All = new[]
    {
        // The journal's key for the row; not sent.
        new RedemptionColumn("reference", false, null, (r, v) => r.Reference = v),
        new RedemptionColumn("voucher_no", true, "voucher_no", (r, v) => r.VoucherNumber = v, "VoucherNumber"),
        new RedemptionColumn("site_id", false, "site_id", (r, v) => r.SiteId = v),
        new RedemptionColumn("value", false, "value", (r, v) => r.Value = v),
        // Names, sent as the sum of their bit_values in one value.
        new RedemptionColumn("experiences", false, "value", (r, v) => r.ExperienceNames = SplitNames(v), "Experience"),
        new RedemptionColumn("hold_token", false, "hold_token", (r, v) => r.HoldToken = v),
        // Says which catalogue voucher's bits the names mean; not sent.
        new RedemptionColumn("catalogue_voucher_id", false, null, (r, v) => r.CatalogueVoucherId = v),
    };

    /// <summary>All, found by any spelling of a header.</summary>
    public static readonly CsvColumnTable Table = new CsvColumnTable(All);

    /// <summary>"Spa Access;Massage": names separated by ';', blanks dropped.</summary>
    public static IReadOnlyList<string> SplitNames(string? text) =>
        text == null ? Array.Empty<string>() : text.Split(';').Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
}

/// <summary>One CSV column of a redemption row and how it fills the RedemptionRow.</summary>
internal sealed class RedemptionColumn : CsvColumn
{
    public RedemptionColumn(string name, bool required, string? wirePath, Action<RedemptionRow, string?> set, params string[] aliases)
        : base(name, false, required, wirePath, aliases)
    {
        SetRow = set;
    }

    public Action<RedemptionRow, string?> SetRow { get; }

    private protected override void Set(object row, string? value) => SetRow((RedemptionRow)row, value);
}

namespace SmartGift;

/// <summary>
/// The redemption CSV columns in documented order (docs/csv-format.md): the one declaration of
/// them. voucher_no is required; value or experiences, one of
/// the two, is checked per row (RedemptionPlanner).
/// </summary>
internal static class RedemptionColumns
{
    public static readonly IReadOnlyList<CsvColumn<RedemptionRow>> All = new[]
    {
        // The journal's key for the row; not sent.
        Column("reference", false, null, (r, v) => r.Reference = v),
        Column("voucher_no", true, "voucher_no", (r, v) => r.VoucherNumber = v, "VoucherNumber"),
        Column("site_id", false, "site_id", (r, v) => r.SiteId = v),
        Column("value", false, "value", (r, v) => r.Value = v),
        // Names, sent as the sum of their bit_values in one value.
        Column("experiences", false, "value", (r, v) => r.ExperienceNames = SplitNames(v), "Experience"),
        Column("hold_token", false, "hold_token", (r, v) => r.HoldToken = v),
        // Says which catalogue voucher's bits the names mean; not sent.
        Column("catalogue_voucher_id", false, null, (r, v) => r.CatalogueVoucherId = v),
    };

    /// <summary>All, found by any spelling of a header.</summary>
    public static readonly CsvColumnTable Table = new CsvColumnTable(All, "every row", () => new RedemptionRow(),
        (present, column) => column == "value" && !present.Contains("experiences")
            ? "the header has neither a 'value' nor an 'experiences' column; each row needs one of them, so every row is refused"
            : null);

    /// <summary>"Spa Access;Massage": names separated by ';', blanks dropped.</summary>
    public static IReadOnlyList<string> SplitNames(string? text) =>
        text == null ? Array.Empty<string>() : text.Split(';').Select(n => n.Trim()).Where(n => n.Length > 0).ToList();

    private static CsvColumn<RedemptionRow> Column(string name, bool required, string? wirePath, Action<RedemptionRow, string?> set,
        params string[] aliases) => new CsvColumn<RedemptionRow>(name, false, required, wirePath, null, set, aliases);
}

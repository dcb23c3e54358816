namespace SmartGift;

/// <summary>
/// One column of the sale or redemption CSV format (docs/csv-format.md), declared once in
/// SaleColumns or RedemptionColumns: every form that reads a row (a file, the CLI, a piped
/// object, a cmdlet's parameters), the refusal locator, the docs and the tests come from it.
/// </summary>
/// <param name="name">snake_case, as in the documented header.</param>
/// <param name="perOrder">Sales: customer, delivery and payment columns, one value per order (its first row giving it).</param>
/// <param name="required">Needs a value (on every row, or once per order for PerOrder columns).</param>
/// <param name="wirePath">
/// Where the value goes in the request body ("cart.delivery.delivery_email"; "*" is an item's or payment's index),
/// or null when it is not sent as it is.
/// </param>
/// <param name="aliases">Names beyond a respelling of Name (a cmdlet parameter's: VoucherNumber for voucher_no).</param>
internal abstract class CsvColumn(string name, bool perOrder, bool required, string? wirePath, string[] aliases)
{
    public string Name { get; } = name;
    public IReadOnlyList<string> Aliases { get; } = aliases;
    public bool PerOrder { get; } = perOrder;
    public bool Required { get; } = required;
    public string? WirePath { get; } = wirePath;

    /// <summary>
    /// A header as typed, reduced to how it is matched: case, surrounding spaces, and spaces,
    /// hyphens or underscores inside ignored ("Delivery Email", "delivery-email", "DeliveryEmail"
    /// are delivery_email); a byte order mark left at the start is dropped.
    /// </summary>
    public static string KeyOf(string header) =>
        new string(header.Trim().TrimStart('\uFEFF').Where(c => c != ' ' && c != '-' && c != '_')
            .Select(char.ToLowerInvariant).ToArray());

    /// <summary>Puts a value, as text, into a row of this column's kind (a SaleRow or a RedemptionRow).</summary>
    public abstract void SetText(object row, string? value);

    public override string ToString() => Name;
}

/// <summary>A column of the rows of one kind, with the row property behind it.</summary>
internal sealed class CsvColumn<TRow>(string name, bool perOrder, bool required, string? wirePath,
    Func<TRow, string?>? get, Action<TRow, string?> set, params string[] aliases)
    : CsvColumn(name, perOrder, required, wirePath, aliases)
{
    /// <summary>The row's value as text; null for a column that is not text on the row (experiences).</summary>
    public string? Get(TRow row) => get?.Invoke(row);

    public override void SetText(object row, string? value) => set((TRow)row, value);
}

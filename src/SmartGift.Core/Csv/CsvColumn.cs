namespace SmartGift;

/// <summary>
/// One column of the sale or redemption CSV format (docs/csv-format.md), declared once in
/// SaleColumns or RedemptionColumns: every form that reads a row (a file, the CLI, a piped
/// object, a cmdlet's parameters), the refusal locator, the docs and the tests come from it.
/// </summary>
internal abstract class CsvColumn
{
    private protected CsvColumn(string name, bool perOrder, bool required, string? wirePath, string[] aliases)
    {
        Name = name;
        PerOrder = perOrder;
        Required = required;
        WirePath = wirePath;
        Aliases = aliases;
        Key = KeyOf(name);
    }

    /// <summary>snake_case, as in the documented header.</summary>
    public string Name { get; }

    /// <summary>Other names it answers to beyond a respelling of Name (a cmdlet parameter's name: VoucherNumber for voucher_no).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The header spelling every name is matched by: KeyOf(Name).</summary>
    public string Key { get; }

    /// <summary>Sales: customer, delivery and payment columns, one value per order (from its first row that gives it).</summary>
    public bool PerOrder { get; }

    /// <summary>Needs a value (on every row, or once per order for PerOrder columns).</summary>
    public bool Required { get; }

    /// <summary>Where the value goes in the request body ("cart.delivery.delivery_email"; "*" is an item's or payment's index), or null when it is not sent as it is.</summary>
    public string? WirePath { get; }

    /// <summary>
    /// A header as typed, reduced to how it is matched: case, surrounding spaces, and spaces,
    /// hyphens or underscores inside ignored ("Delivery Email", "delivery-email", "DeliveryEmail"
    /// are delivery_email); a byte order mark left at the start is dropped.
    /// </summary>
    public static string KeyOf(string header)
    {
        var key = new System.Text.StringBuilder(header.Length);
        foreach (var c in header.Trim().TrimStart('\uFEFF'))
        {
            if (c == ' ' || c == '-' || c == '_') continue;
            key.Append(char.ToLowerInvariant(c));
        }
        return key.ToString();
    }

    /// <summary>Puts a value, as text, into a row of this column's kind (a SaleRow or a RedemptionRow).</summary>
    public void SetText(object row, string? value) => Set(row, value);

    private protected abstract void Set(object row, string? value);

    public override string ToString() => Name;
}

namespace SmartGift;

/// <summary>What a source CSV lists: sales (order_id, ...) or redemptions (reference, voucher_no, ...).</summary>
internal enum SourceKind
{
    Sales,
    Redemptions,
}

/// <summary>Tells a file's kind from its header, so `smartgift reconcile FILE` needs no --kind.</summary>
internal static class SourceKinds
{
    /// <summary>
    /// Redemptions when the header names voucher_no or reference and not order_id; sales
    /// otherwise (the reader then reports what the header lacks). Reads at most the first 64 K characters.
    /// </summary>
    public static SourceKind Detect(string path, char delimiter = ',')
    {
        var start = new char[64 * 1024];
        int read;
        using (var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
            read = reader.ReadBlock(start, 0, start.Length);
        var header = new string(start, 0, read).Split('\n').FirstOrDefault(line => line.Trim().Length > 0);
        return FromHeader(header ?? "", delimiter);
    }

    /// <summary>The kind of a header line ("reference,voucher_no,site_id,value"), each name read by the column table (any spelling).</summary>
    public static SourceKind FromHeader(string header, char delimiter = ',')
    {
        var names = (header ?? "").Split(delimiter).Select(n => n.Trim().Trim('"')).ToList();
        var sale = names.Any(n => SaleColumns.Table.Find(n)?.Name == "order_id");
        var redemption = names.Any(n => RedemptionColumns.Table.Find(n)?.Name is "voucher_no" or "reference");
        return !sale && redemption ? SourceKind.Redemptions : SourceKind.Sales;
    }
}

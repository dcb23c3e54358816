namespace SmartGift;

/// <summary>Catalogue status. A value the client does not know is Other, its text kept in Voucher.StatusText.</summary>
// Int64 so that PowerShell's ConvertTo-Json writes the name, not a number: see RecordStatus.
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1028", Justification = "Int64 makes PowerShell's ConvertTo-Json write the name (see RecordStatus).")]
public enum VoucherStatus : long
{
    Other = 0,
    Active,
    Hidden,
    Disabled,
}

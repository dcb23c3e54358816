namespace SmartGift;

/// <summary>Catalogue status. A value the client does not know is Other, its text kept in Voucher.StatusText.</summary>
// Int64 so that PowerShell's ConvertTo-Json writes the name, not a number: see RecordStatus.
public enum VoucherStatus : long
{
    Other = 0,
    Active,
    Hidden,
    Disabled,
}

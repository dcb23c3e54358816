namespace SmartGift;

// Int64 so that PowerShell's ConvertTo-Json writes the name, not a number: see RecordStatus.
public enum VoucherType : long
{
    Unknown = 0,
    Monetary,
    Experience,
}

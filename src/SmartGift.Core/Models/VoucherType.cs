namespace SmartGift;

// Int64 so that PowerShell's ConvertTo-Json writes the name, not a number: see RecordStatus.
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1028", Justification = "Int64 makes PowerShell's ConvertTo-Json write the name (see RecordStatus).")]
public enum VoucherType : long
{
    Unknown = 0,
    Monetary,
    Experience,
}

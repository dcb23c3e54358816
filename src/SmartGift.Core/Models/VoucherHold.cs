namespace SmartGift;

/// <summary>A five-minute hold on a voucher (document 004). The API has no release call.</summary>
public sealed class VoucherHold
{
    public VoucherHold(string voucherNumber, string holdToken, string message, DateTimeOffset expiresAt)
    {
        VoucherNumber = voucherNumber;
        HoldToken = holdToken;
        Message = message;
        ExpiresAt = expiresAt;
    }

    public string VoucherNumber { get; }
    public string HoldToken { get; }
    public string Message { get; }
    /// <summary>When the hold lapses: five minutes after the server's Date (local clock if absent).</summary>
    public DateTimeOffset ExpiresAt { get; }
}

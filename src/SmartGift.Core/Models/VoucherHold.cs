namespace SmartGift;

/// <summary>A five-minute hold on a voucher (document 004). The API has no release call.</summary>
public sealed class VoucherHold(string voucherNumber, string holdToken, string message, DateTimeOffset expiresAt)
{
    public string VoucherNumber { get; } = voucherNumber;
    public string HoldToken { get; } = holdToken;
    public string Message { get; } = message;
    /// <summary>When the hold lapses: five minutes after the server's Date (local clock if absent).</summary>
    public DateTimeOffset ExpiresAt { get; } = expiresAt;
}

namespace SmartGift.MockServer.State;

/// <summary>A five-minute reservation of a voucher, released by its expiry or by a redemption with its token.</summary>
internal sealed class VoucherHold
{
    public VoucherHold(string token, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        Token = token;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public string Token { get; }
    public DateTimeOffset CreatedAt { get; }
    public DateTimeOffset ExpiresAt { get; }

    public bool IsActiveAt(DateTimeOffset now) => now < ExpiresAt;
}

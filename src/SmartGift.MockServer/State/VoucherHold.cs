using System.Text.Json.Serialization;

namespace SmartGift.MockServer.State;

/// <summary>A five-minute reservation of a voucher, released by its expiry or by a redemption with its token.</summary>
internal sealed record VoucherHold(
    [property: JsonPropertyName("hold_token")] string Token, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

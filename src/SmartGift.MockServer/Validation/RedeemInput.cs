using SmartGift.MockServer.State;

namespace SmartGift.MockServer.Validation;

/// <summary>A redemption that passed validation.</summary>
/// <param name="Value">Monetary: the amount; experience: the sum of bit_values.</param>
/// <param name="UsesHold">Sent with the token of the voucher's active hold, which the redemption ends.</param>
internal sealed record RedeemInput(IssuedVoucher Voucher, string SiteId, decimal Value, bool UsesHold);

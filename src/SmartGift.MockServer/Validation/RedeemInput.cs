using SmartGift.MockServer.State;

namespace SmartGift.MockServer.Validation;

/// <summary>A redemption that passed validation.</summary>
internal sealed class RedeemInput
{
    public RedeemInput(IssuedVoucher voucher, string siteId, decimal value, bool usesHold)
    {
        Voucher = voucher;
        SiteId = siteId;
        Value = value;
        UsesHold = usesHold;
    }

    public IssuedVoucher Voucher { get; }
    public string SiteId { get; }

    /// <summary>Monetary: the amount; experience: the sum of bit_values.</summary>
    public decimal Value { get; }

    /// <summary>Sent with the token of the voucher's active hold, which the redemption ends.</summary>
    public bool UsesHold { get; }
}

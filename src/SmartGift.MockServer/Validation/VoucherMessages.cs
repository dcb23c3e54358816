using SmartGift.MockServer.Http;

namespace SmartGift.MockServer.Validation;

/// <summary>The redeem and hold messages: documents 003 and 004 word for word, then the mock's own for value.</summary>
internal static class VoucherMessages
{
    public const string Invalid = "Sorry, that voucher number is invalid.";
    public const string OtherCompany = "This voucher does not belong to your company";
    public const string Expired = "The voucher number provided has expired.";
    public const string FullyRedeemed = "Sorry this voucher has already been redeemed.";
    public const string Held = "Voucher is already held";
    public const string InvalidSite = "This site number is invalid";

    public const string Redeemed = "The voucher has been redeemed.";
    public const string HoldSuccessful = "Voucher hold successful";

    public const string ValueNotPositive = "The value field must be greater than 0.";
    public const string ValueNotExperienceSum = "The value must be a non-zero sum of the bit values of this voucher's experiences.";
    public const string ValueExperienceUsed = "The value includes an experience that has already been redeemed on this voucher.";

    public static string ValueOverBalance(decimal balance) =>
        $"The value must not be more than the voucher's remaining balance of {Money.Text(balance)}.";
}

namespace SmartGift;

/// <summary>
/// Turns a 422 into the error kind an operator can act on: the first voucher_no or site_id
/// message is matched against the documented messages (documents 003 and 004); anything else
/// is Validation with the field errors as sent.
/// </summary>
internal static class UnprocessableMapper
{
    private static readonly (string Message, SmartGiftErrorKind Kind)[] VoucherMessages =
    [
        ("Sorry, that voucher number is invalid", SmartGiftErrorKind.VoucherInvalid),
        ("This voucher does not belong to your company", SmartGiftErrorKind.VoucherNotOwned),
        ("The voucher number provided has expired", SmartGiftErrorKind.VoucherExpired),
        ("Sorry this voucher has already been redeemed", SmartGiftErrorKind.VoucherFullyRedeemed),
        ("Voucher is already held", SmartGiftErrorKind.VoucherAlreadyHeld),
    ];

    private const string SiteMessage = "This site number is invalid";

    public static SmartGiftErrorKind KindOf(ErrorBody body) =>
        Voucher(body.FirstMessageFor("voucher_no")) ?? Site(body.FirstMessageFor("site_id"))
        // A body without "errors" may still carry a documented message.
        ?? (body.FieldErrors.Count == 0 ? Voucher(body.Message) ?? Site(body.Message) : null)
        ?? SmartGiftErrorKind.Validation;

    private static SmartGiftErrorKind? Voucher(string? message) =>
        VoucherMessages.Where(known => Same(message, known.Message)).Select(known => (SmartGiftErrorKind?)known.Kind)
            .FirstOrDefault();

    private static SmartGiftErrorKind? Site(string? message) =>
        Same(message, SiteMessage) ? SmartGiftErrorKind.SiteInvalid : null;

    /// <summary>Case and a closing full stop do not matter: the documents are not consistent about either.</summary>
    private static bool Same(string? message, string documented) =>
        message != null && string.Equals(message.Trim().TrimEnd('.'), documented, StringComparison.OrdinalIgnoreCase);
}

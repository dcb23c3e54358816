
namespace SmartGift;

/// <summary>
/// Turns a 422 into the error kind an operator can act on: the first voucher_no or site_id
/// message is matched against the documented messages (documents 003 and 004); anything else
/// is Validation with the field errors as sent.
/// </summary>
internal static class UnprocessableMapper
{
    private static readonly KeyValuePair<string, SmartGiftErrorKind>[] VoucherMessages =
    {
        new KeyValuePair<string, SmartGiftErrorKind>("Sorry, that voucher number is invalid", SmartGiftErrorKind.VoucherInvalid),
        new KeyValuePair<string, SmartGiftErrorKind>("This voucher does not belong to your company", SmartGiftErrorKind.VoucherNotOwned),
        new KeyValuePair<string, SmartGiftErrorKind>("The voucher number provided has expired", SmartGiftErrorKind.VoucherExpired),
        new KeyValuePair<string, SmartGiftErrorKind>("Sorry this voucher has already been redeemed", SmartGiftErrorKind.VoucherFullyRedeemed),
        new KeyValuePair<string, SmartGiftErrorKind>("Voucher is already held", SmartGiftErrorKind.VoucherAlreadyHeld),
    };

    private const string SiteMessage = "This site number is invalid";

    public static SmartGiftErrorKind KindOf(ErrorBody body)
    {
        if (Match(body.FirstMessageFor("voucher_no"), out var kind)) return kind;
        if (Same(body.FirstMessageFor("site_id"), SiteMessage)) return SmartGiftErrorKind.SiteInvalid;
        // A body without "errors" may still carry a documented message.
        if (body.FieldErrors.Count == 0)
        {
            if (Match(body.Message, out kind)) return kind;
            if (Same(body.Message, SiteMessage)) return SmartGiftErrorKind.SiteInvalid;
        }
        return SmartGiftErrorKind.Validation;
    }

    private static bool Match(string? message, out SmartGiftErrorKind kind)
    {
        foreach (var known in VoucherMessages)
        {
            if (Same(message, known.Key))
            {
                kind = known.Value;
                return true;
            }
        }
        kind = SmartGiftErrorKind.Validation;
        return false;
    }

    /// <summary>Case and a closing full stop do not matter: the documents are not consistent about either.</summary>
    private static bool Same(string? message, string documented) =>
        message != null && string.Equals(message.Trim().TrimEnd('.'), documented, StringComparison.OrdinalIgnoreCase);
}

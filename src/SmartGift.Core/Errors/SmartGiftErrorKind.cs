namespace SmartGift;

/// <summary>What went wrong, in terms an operator can act on.</summary>
// Int64 so that PowerShell's ConvertTo-Json writes the name, not a number: see RecordStatus.
public enum SmartGiftErrorKind : long
{
    /// <summary>"Sorry, that voucher number is invalid."</summary>
    VoucherInvalid,
    /// <summary>"This site number is invalid"</summary>
    SiteInvalid,
    /// <summary>"This voucher does not belong to your company"</summary>
    VoucherNotOwned,
    /// <summary>"The voucher number provided has expired."</summary>
    VoucherExpired,
    /// <summary>"Sorry this voucher has already been redeemed."</summary>
    VoucherFullyRedeemed,
    /// <summary>"Voucher is already held"</summary>
    VoucherAlreadyHeld,
    /// <summary>Any other 422, or a record refused locally before sending.</summary>
    Validation,
    /// <summary>401: the API key is missing or not known.</summary>
    Unauthenticated,
    /// <summary>429 that outlasted the governor's maximum wait.</summary>
    RateLimited,
    /// <summary>5xx (or an unreadable answer) to a call that is safe to repeat.</summary>
    ServerError,
    /// <summary>The request never reached the server (connection refused, DNS, TLS).</summary>
    Network,
    /// <summary>A write may have reached the server but no usable answer came back: check by hand.</summary>
    OutcomeUnknown,
}

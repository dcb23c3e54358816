namespace SmartGift.Commands;

/// <summary>
/// A SmartGiftError as an ErrorRecord whose id is the error kind, so FullyQualifiedErrorId is stable
/// ("VoucherExpired,SmartGift.Commands.InvokeSgRedeemCommand"), with a category and a RecommendedAction for each kind.
/// </summary>
internal static class SmartGiftErrorRecord
{
    /// <param name="what">The record and what happened to it ("Order S-1013 was not sent"); the error's message follows it.</param>
    /// <param name="journaled">The command keeps a journal (-JournalPath), so advice may name a rerun with it.</param>
    public static ErrorRecord Create(SmartGiftError error, object? target, string? what = null, string? recommendedAction = null, bool journaled = false) =>
        Create(error, target, what == null ? error.Message : Follow(what, error.Message), recommendedAction ?? RecommendedAction(error.Kind, journaled));

    /// <summary>
    /// "Order S-1007 was not sent: " and the error's own words, without saying "not sent" twice:
    /// the error's leading "Not sent: " and trailing "; the sale was not sent" go (issue 21, finding 8).
    /// </summary>
    internal static string Follow(string what, string message)
    {
        if (what.EndsWith("was not sent", StringComparison.Ordinal))
        {
            const string lead = "not sent: ";
            if (message.StartsWith(lead, StringComparison.OrdinalIgnoreCase)) message = message.Substring(lead.Length);
            var tail = message.LastIndexOf("; the ", StringComparison.Ordinal);
            if (tail > 0 && message.EndsWith(" was not sent", StringComparison.Ordinal)) message = message.Substring(0, tail);
        }
        return what + ": " + message;
    }

    /// <summary>A record refused before sending: one message with each problem's row and reason.</summary>
    public static ErrorRecord ForProblems(IReadOnlyList<RecordProblem> problems, object? target, string what, bool journaled)
    {
        var error = new SmartGiftError(SmartGiftErrorKind.Validation, string.Join("; ", problems.Select(p => p.ToString())));
        return Create(error, target, what + ": " + error.Message, RecommendedAction(error.Kind, journaled));
    }

    private static ErrorRecord Create(SmartGiftError error, object? target, string message, string? recommendedAction) =>
        Of(new SmartGiftException(error), error.Kind.ToString(), Category(error), target, message, recommendedAction);

    /// <summary>An error record whose ErrorDetails say <paramref name="message"/> and, when given, what to do.</summary>
    public static ErrorRecord Of(Exception exception, string id, ErrorCategory category, object? target, string message,
        string? action = null) =>
        new(exception, id, category, target) { ErrorDetails = new ErrorDetails(message) { RecommendedAction = action } };

    public static ErrorCategory Category(SmartGiftError error) => error.Kind switch
    {
        SmartGiftErrorKind.Validation => ErrorCategory.InvalidData,
        SmartGiftErrorKind.VoucherInvalid => ErrorCategory.ObjectNotFound,
        SmartGiftErrorKind.SiteInvalid => ErrorCategory.InvalidArgument,
        SmartGiftErrorKind.VoucherNotOwned => ErrorCategory.PermissionDenied,
        SmartGiftErrorKind.VoucherExpired or SmartGiftErrorKind.VoucherFullyRedeemed or SmartGiftErrorKind.VoucherAlreadyHeld => ErrorCategory.InvalidOperation,
        SmartGiftErrorKind.Unauthenticated => ErrorCategory.AuthenticationError,
        SmartGiftErrorKind.RateLimited => ErrorCategory.LimitsExceeded,
        SmartGiftErrorKind.ServerError => ErrorCategory.ResourceUnavailable,
        SmartGiftErrorKind.Network => ErrorCategory.ConnectionError,
        // An unknown outcome takes the category of its cause: a 5xx, an odd answer, no answer in time (TransportFailure's
        // wording for a request that timed out), or a broken connection.
        SmartGiftErrorKind.OutcomeUnknown when error.StatusCode >= 500 => ErrorCategory.ResourceUnavailable,
        SmartGiftErrorKind.OutcomeUnknown when error.StatusCode != null => ErrorCategory.InvalidResult,
        SmartGiftErrorKind.OutcomeUnknown when error.Message.StartsWith("no answer came within", StringComparison.Ordinal)
            => ErrorCategory.OperationTimeout,
        SmartGiftErrorKind.OutcomeUnknown => ErrorCategory.ConnectionError,
        _ => ErrorCategory.NotSpecified,
    };

    /// <summary>The advice for a hold that failed: as for a redemption, but what did not happen is a hold (issue 21, finding 8).</summary>
    public static string HoldAction(SmartGiftErrorKind kind) =>
        RecommendedAction(kind, false).Replace(NothingRedeemed, "Nothing was held, and nothing redeemed.");

    private const string NothingRedeemed = "Nothing was redeemed.";

    private static string RecommendedAction(SmartGiftErrorKind kind, bool journaled)
    {
        var rerun = journaled
            ? "run the same command again with the same -JournalPath: only what was not sent is sent"
            : "run the command again";
        return kind switch
        {
            SmartGiftErrorKind.Validation => "Correct the value named in the message (the row and column for CSV input), then " + rerun + ".",
            SmartGiftErrorKind.VoucherInvalid => "Check the voucher number against the voucher itself: Smart Gift does not know this one. " + NothingRedeemed,
            SmartGiftErrorKind.SiteInvalid => "Give a site of this company: -SiteId (or the site_id column), or a default site with Connect-SgService -SiteId. " + NothingRedeemed,
            SmartGiftErrorKind.VoucherNotOwned => "The voucher belongs to another company: redeem it with that company's session (Connect-SgService -Name ... with its key, then -Session), or refuse it. " + NothingRedeemed,
            SmartGiftErrorKind.VoucherExpired => "The voucher is outside its validity dates (expired or not yet valid) and cannot be redeemed now. " + NothingRedeemed,
            SmartGiftErrorKind.VoucherFullyRedeemed => "Nothing is left on the voucher: check its redemptions in the Smart Gift portal before accepting it. " + NothingRedeemed,
            SmartGiftErrorKind.VoucherAlreadyHeld => "Another till holds the voucher for up to five minutes: wait and try again, or redeem with that hold's -HoldToken.",
            SmartGiftErrorKind.Unauthenticated => "Check the API key (Smart Gift portal, API settings) and run Connect-SgService again.",
            SmartGiftErrorKind.RateLimited => "Smart Gift's rate limit held the request back and nothing was processed: wait a minute, then " + rerun + ".",
            SmartGiftErrorKind.ServerError or SmartGiftErrorKind.Network => "Nothing was processed. Check the network and Smart Gift's status, then " + rerun + ".",
            SmartGiftErrorKind.OutcomeUnknown when journaled =>
                "It may have reached Smart Gift: look it up in the Smart Gift dashboard. The journal keeps it Unknown and a rerun does not send it; settle it with Set-SgJournalRecord -Found (it is there) or -Absent (the next run sends it).",
            SmartGiftErrorKind.OutcomeUnknown => "It may have reached Smart Gift: look it up in the Smart Gift dashboard before sending it again.",
            _ => "See the message; " + rerun + " once the cause is fixed.",
        };
    }
}

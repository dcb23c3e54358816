using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace SmartGift.Commands
{
    /// <summary>
    /// Turns a SmartGiftError into an ErrorRecord whose error id is the error kind
    /// ("VoucherExpired"), so FullyQualifiedErrorId is stable: "VoucherExpired,SmartGift.Commands.InvokeSgRedeemCommand".
    /// </summary>
    internal static class SmartGiftErrorRecord
    {
        public static ErrorRecord Create(SmartGiftError error, object? target, string? what = null, string? recommendedAction = null)
        {
            var exception = new SmartGiftException(error);
            var record = new ErrorRecord(exception, error.Kind.ToString(), Category(error.Kind), target);
            var message = what == null ? error.Message : what + ": " + error.Message;
            record.ErrorDetails = new ErrorDetails(message);
            var action = recommendedAction ?? RecommendedAction(error.Kind);
            if (action != null) record.ErrorDetails.RecommendedAction = action;
            return record;
        }

        /// <summary>A record refused locally: its problems (row, column, reason) joined into one Validation error.</summary>
        public static SmartGiftError FromProblems(IReadOnlyList<RecordProblem> problems) =>
            new SmartGiftError(SmartGiftErrorKind.Validation, string.Join("; ", problems.Select(p => p.ToString())));

        public static ErrorCategory Category(SmartGiftErrorKind kind)
        {
            switch (kind)
            {
                case SmartGiftErrorKind.Validation: return ErrorCategory.InvalidData;
                case SmartGiftErrorKind.VoucherInvalid: return ErrorCategory.ObjectNotFound;
                case SmartGiftErrorKind.SiteInvalid: return ErrorCategory.InvalidArgument;
                case SmartGiftErrorKind.VoucherNotOwned: return ErrorCategory.PermissionDenied;
                case SmartGiftErrorKind.VoucherExpired:
                case SmartGiftErrorKind.VoucherFullyRedeemed:
                case SmartGiftErrorKind.VoucherAlreadyHeld: return ErrorCategory.InvalidOperation;
                case SmartGiftErrorKind.Unauthenticated: return ErrorCategory.AuthenticationError;
                case SmartGiftErrorKind.RateLimited: return ErrorCategory.LimitsExceeded;
                case SmartGiftErrorKind.ServerError: return ErrorCategory.ResourceUnavailable;
                case SmartGiftErrorKind.Network: return ErrorCategory.ConnectionError;
                case SmartGiftErrorKind.OutcomeUnknown: return ErrorCategory.OperationTimeout;
                default: return ErrorCategory.NotSpecified;
            }
        }

        private static string? RecommendedAction(SmartGiftErrorKind kind)
        {
            switch (kind)
            {
                case SmartGiftErrorKind.OutcomeUnknown:
                    return "It may have reached Smart Gift: check it in the Smart Gift dashboard before sending it again. With a journal, settle it: Set-SgJournalRecord -Found (it is there) or -Absent (the next run sends it).";
                case SmartGiftErrorKind.Unauthenticated:
                    return "Check the API key and run Connect-SgService again.";
                case SmartGiftErrorKind.Network:
                case SmartGiftErrorKind.RateLimited:
                case SmartGiftErrorKind.ServerError:
                    return "Nothing was processed. Rerun with the same -JournalPath later: only what was not sent is sent.";
                default:
                    return null;
            }
        }
    }
}

using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace SmartGift.Commands
{
    /// <summary>
    /// Completes catalogue voucher ids, or names for a -Name parameter, from the session's cache
    /// only: completion never sends a request (it would spend the rate limit on every Tab).
    /// </summary>
    public sealed class VoucherCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var vouchers = CompletionText.SessionFor(fakeBoundParameters)?.CachedVouchers;
            if (vouchers == null) return Enumerable.Empty<CompletionResult>();
            var byName = parameterName.EndsWith("Name", System.StringComparison.OrdinalIgnoreCase);
            return CompletionText.Complete(wordToComplete, vouchers.Select(v => byName
                ? (v.Name, v.Id + ": " + v.Name)
                : (v.Id, v.Id + ": " + v.Name + " (" + v.Type + ", " + v.Status + ")")));
        }
    }
}
